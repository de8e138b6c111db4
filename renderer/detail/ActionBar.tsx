import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { FeedRow, QueueMode } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { actionAvailability, EXTEND_CHOICES, formatCountdown } from './lease';

/** Seconds left under which the countdown turns into a warning. */
const LEASE_WARNING_MS = 10_000;

/** The pane's actions: Delete/Release/Extend for a leased message of a consumed queue, and Compare/Close. */
export function ActionBar(props: {
  row: FeedRow;
  mode: QueueMode | undefined;
  now: number;
  onDelete(): void;
  onRelease(): void;
  onExtend(seconds: number): void;
  onCompare(): void;
  onClose(): void;
}) {
  const { row, mode, now } = props;
  const t = useT();
  const reasonId = useId();
  const availability = actionAvailability(row.state, mode);
  const disabled = availability.kind !== 'enabled';

  return (
    <div className="detail-actions" role="toolbar" aria-label={t('detail.actions.label')}>
      {availability.kind !== 'hidden' && (
        <>
          <button
            type="button"
            className="btn btn--danger"
            onClick={props.onDelete}
            disabled={disabled}
            aria-describedby={disabled ? reasonId : undefined}
          >
            {t('detail.actions.delete')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={props.onRelease}
            disabled={disabled}
            aria-describedby={disabled ? reasonId : undefined}
            title={t('detail.actions.releaseHint')}
          >
            {t('detail.actions.release')}
          </button>
          <ExtendLease disabled={disabled} reasonId={reasonId} onExtend={props.onExtend} />
          {availability.kind === 'enabled' && row.leaseExpiresAt !== undefined && (
            <LeaseCountdown remainingMs={row.leaseExpiresAt - now} />
          )}
        </>
      )}
      {availability.kind !== 'enabled' && (
        <p id={reasonId} className="detail-actions__reason">
          {t(availability.reason)}
        </p>
      )}
      <span className="detail-toolbar__spacer" />
      <button type="button" className="btn" onClick={props.onCompare}>
        {t('detail.actions.compare')}
      </button>
      <button type="button" className="btn" onClick={props.onClose}>
        {t('detail.actions.close')}
      </button>
    </div>
  );
}

/** "Extend lease" opens a small choice of durations; Escape closes it. */
function ExtendLease({
  disabled,
  reasonId,
  onExtend,
}: {
  disabled: boolean;
  reasonId: string;
  onExtend(seconds: number): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const choicesId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  return (
    <div className="detail-extend" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="btn"
        aria-expanded={open && !disabled}
        aria-controls={choicesId}
        disabled={disabled}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {t('detail.actions.extend')}
        <span aria-hidden="true">▾</span>
      </button>
      {open && !disabled && (
        <div
          id={choicesId}
          className="detail-extend__choices"
          role="group"
          aria-label={t('detail.actions.extendBy')}
        >
          {EXTEND_CHOICES.map((seconds) => (
            <button
              key={seconds}
              type="button"
              className="btn btn--small"
              onClick={() => {
                onExtend(seconds);
                close();
              }}
            >
              {t('detail.actions.extendMinutes', { n: seconds / 60 })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** Time left on our lease; after it the message becomes visible to other consumers again. */
function LeaseCountdown({ remainingMs }: { remainingMs: number }) {
  const t = useT();
  const over = remainingMs <= 0;
  const warn = !over && remainingMs < LEASE_WARNING_MS;
  return (
    <span
      role="timer"
      className={`detail-lease${warn ? ' detail-lease--warn' : ''}${over ? ' detail-lease--over' : ''}`}
      title={t('detail.lease.hint')}
    >
      {over
        ? t('detail.lease.over')
        : t('detail.lease.left', { time: formatCountdown(remainingMs) })}
    </span>
  );
}
