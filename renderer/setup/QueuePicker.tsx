import { useId, useState } from 'react';

import type { QueueMode } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { QueueChoice } from './account-form-model';
import { QUEUE_NAME } from './account-form-model';
import { SegmentedChoice } from './SegmentedChoice';

// Past this many queues a filter box beats scrolling.
const FILTER_FROM = 8;

/** Which queues to read and how: loaded from MNS when allowed, typed by name otherwise. */
export function QueuePicker(props: {
  selected: readonly QueueChoice[];
  listed: readonly string[] | undefined;
  loading: boolean;
  loadError: string | undefined;
  error: string | undefined;
  onLoad(): void;
  onChange(next: QueueChoice[]): void;
}) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);

  const selectedNames = new Set(props.selected.map((queue) => queue.name));
  const all = [
    ...props.selected.map((queue) => queue.name),
    ...(props.listed ?? []).filter((name) => !selectedNames.has(name)),
  ];
  const needle = filter.trim().toLowerCase();
  const shown = needle === '' ? all : all.filter((name) => name.toLowerCase().includes(needle));

  const toggle = (name: string, on: boolean) =>
    props.onChange(
      on
        ? [...props.selected, { name, mode: 'watch' }]
        : props.selected.filter((queue) => queue.name !== name),
    );
  const setMode = (name: string, mode: QueueMode) =>
    props.onChange(
      props.selected.map((queue) => (queue.name === name ? { ...queue, mode } : queue)),
    );

  const addTyped = () => {
    const name = typed.trim();
    if (!QUEUE_NAME.test(name)) {
      setTypedError(t(name === '' ? 'setup.queues.typeName' : 'setup.queues.badName'));
      return;
    }
    setTypedError(undefined);
    setTyped('');
    if (!selectedNames.has(name)) props.onChange([...props.selected, { name, mode: 'watch' }]);
  };

  const errorId = `${id}-error`;
  const typedErrorId = `${id}-typed-error`;
  return (
    <fieldset
      className="account-form__group"
      aria-describedby={props.error !== undefined ? errorId : undefined}
    >
      <legend className="account-form__legend">{t('setup.queues.title')}</legend>
      <div className="account-form__action-row">
        <button
          type="button"
          className="btn"
          onClick={props.onLoad}
          disabled={props.loading}
          aria-busy={props.loading}
        >
          {t('setup.queues.load')}
        </button>
        <span className="field__hint" aria-live="polite">
          {props.loading
            ? t('setup.queues.loading')
            : props.listed !== undefined
              ? props.listed.length === 0
                ? t('setup.queues.noneListed')
                : t('setup.queues.listed', { count: props.listed.length })
              : t('setup.queues.loadHint')}
        </span>
      </div>
      {props.loadError !== undefined && (
        <p role="alert" className="banner banner--error">
          {props.loadError} {t('setup.queues.typeInstead')}
        </p>
      )}
      {all.length > FILTER_FROM && (
        <input
          className="input"
          type="search"
          aria-label={t('setup.queues.filter')}
          placeholder={t('setup.queues.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      )}
      {all.length > 0 && (
        <ul className="queue-pick" aria-label={t('setup.queues.title')}>
          {shown.map((name) => {
            const choice = props.selected.find((queue) => queue.name === name);
            return (
              <li key={name} className="queue-pick__row">
                <label className="queue-pick__name">
                  <input
                    type="checkbox"
                    checked={choice !== undefined}
                    onChange={(event) => toggle(name, event.target.checked)}
                  />
                  <span className="mono">{name}</span>
                </label>
                {choice !== undefined && (
                  <SegmentedChoice<QueueMode>
                    label={t('setup.queues.modeOf', { queue: name })}
                    hideLabel
                    options={[
                      { value: 'watch', label: t('mode.watch') },
                      { value: 'consume', label: t('mode.consume') },
                    ]}
                    value={choice.mode}
                    onChange={(mode) => setMode(name, mode)}
                  />
                )}
                {choice?.mode === 'consume' && (
                  <p className="queue-pick__warning">{t('setup.queues.consumeWarning')}</p>
                )}
              </li>
            );
          })}
          {shown.length === 0 && <li className="field__hint">{t('setup.queues.noMatch')}</li>}
        </ul>
      )}
      <div className="account-form__action-row">
        <input
          className="input mono queue-pick__typed"
          aria-label={t('setup.queues.typed')}
          placeholder={t('setup.queues.typed')}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-invalid={typedError !== undefined || props.error !== undefined}
          aria-describedby={
            typedError !== undefined
              ? typedErrorId
              : props.error !== undefined
                ? errorId
                : undefined
          }
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the queue instead of submitting the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
              addTyped();
            }
          }}
        />
        <button type="button" className="btn" onClick={addTyped}>
          {t('setup.queues.add')}
        </button>
      </div>
      {typedError !== undefined && (
        <span className="field__error" id={typedErrorId}>
          {typedError}
        </span>
      )}
      {props.error !== undefined && (
        <span className="field__error" id={errorId}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
