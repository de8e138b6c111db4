import type { QueueMode, QueueSettingsView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { SegmentedChoice } from '../setup/SegmentedChoice';

/** One queue of an account: its name, the Watch/Consume switch and the pause toggle. */
export function QueueRow(props: {
  queue: QueueSettingsView;
  busy: boolean;
  onMode(mode: QueueMode): void;
  onPause(paused: boolean): void;
}) {
  const t = useT();
  const { queue } = props;
  return (
    <li className="queue-row">
      <span className="queue-row__name mono">{queue.name}</span>
      <div className="queue-row__controls">
        <SegmentedChoice<QueueMode>
          label={t('settings.queue.modeOf', { queue: queue.name })}
          hideLabel
          options={[
            { value: 'watch', label: t('mode.watch') },
            { value: 'consume', label: t('mode.consume') },
          ]}
          value={queue.mode}
          disabled={props.busy}
          onChange={props.onMode}
        />
        <label className="queue-row__pause">
          <input
            type="checkbox"
            checked={queue.paused}
            disabled={props.busy}
            aria-label={t('settings.queue.pauseOf', { queue: queue.name })}
            onChange={(event) => props.onPause(event.target.checked)}
          />
          <span aria-hidden="true">{t('settings.queue.pause')}</span>
        </label>
      </div>
    </li>
  );
}
