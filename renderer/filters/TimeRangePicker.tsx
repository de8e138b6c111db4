import { useId, useState } from 'react';

import { useT } from '../i18n/i18n-context';
import {
  TIME_PRESETS,
  currentTimeChoice,
  fromLocalInput,
  presetRangeFromNow,
  toLocalInput,
} from './time-range';
import type { TimePreset } from './time-range';

/** The last minute of a `datetime-local` "to" value, so "To 14:05" includes 14:05:59. */
const END_OF_MINUTE_MS = 59_999;

/** Time range: quick presets as a segmented control, plus custom from/to inputs. */
export function TimeRangePicker({
  from,
  to,
  onChange,
}: {
  from: number | undefined;
  to: number | undefined;
  onChange(range: { from?: number | undefined; to?: number | undefined }): void;
}) {
  const t = useT();
  const fromId = useId();
  const toId = useId();
  const [picked, setPicked] = useState<{
    preset: TimePreset | 'custom';
    from: number | undefined;
    to: number | undefined;
  }>({ preset: 'all', from: undefined, to: undefined });
  const choice = currentTimeChoice({ from, to }, picked);

  const pick = (preset: TimePreset): void => {
    const range = presetRangeFromNow(preset);
    setPicked({ preset, from: range.from, to: range.to });
    onChange(range);
  };
  const setBound = (bound: 'from' | 'to', value: string): void => {
    const ms = fromLocalInput(value);
    const next = { from, to };
    next[bound] = ms !== undefined && bound === 'to' ? ms + END_OF_MINUTE_MS : ms;
    setPicked({ preset: 'custom', ...next });
    onChange(next);
  };

  return (
    <div className="time-range">
      <div className="segmented" role="group" aria-label={t('filters.time.label')}>
        {TIME_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="segmented__item"
            aria-pressed={choice === preset}
            aria-label={t(`filters.time.${preset}.long`)}
            title={t(`filters.time.${preset}.long`)}
            onClick={() => pick(preset)}
          >
            {t(`filters.time.${preset}`)}
          </button>
        ))}
        <button
          type="button"
          className="segmented__item"
          aria-pressed={choice === 'custom'}
          aria-label={t('filters.time.custom.long')}
          onClick={() => setPicked({ preset: 'custom', from, to })}
        >
          {t('filters.time.custom')}
        </button>
      </div>
      {choice === 'custom' && (
        <div className="time-range__custom">
          <label htmlFor={fromId}>{t('filters.time.from')}</label>
          <input
            id={fromId}
            type="datetime-local"
            className="input filter-input"
            value={toLocalInput(from)}
            max={toLocalInput(to)}
            onChange={(event) => setBound('from', event.target.value)}
          />
          <label htmlFor={toId}>{t('filters.time.to')}</label>
          <input
            id={toId}
            type="datetime-local"
            className="input filter-input"
            value={toLocalInput(to)}
            min={toLocalInput(from)}
            onChange={(event) => setBound('to', event.target.value)}
          />
        </div>
      )}
    </div>
  );
}
