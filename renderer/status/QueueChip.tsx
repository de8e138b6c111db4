import { useId, useRef, useState } from 'react';

import type { PollerStateView, QueueStatusView } from '../../preload/contract';
import { useDismiss } from '../filters/use-dismiss';
import { useLanguage, useT } from '../i18n/i18n-context';
import { describeStatus } from './describe-status';
import { QueueDetails } from './QueueDetails';
import { formatCompactCount } from './request-count';

const GLYPH: Readonly<Record<string, string>> = {
  polling: '●',
  idle: '○',
  paused: '‖',
  offline: '⊘',
  'backing-off': '↻',
  'auth-error': '!',
  'queue-missing': '!',
  'clock-error': '!',
  stopped: '■',
};

/** The details popover's width (status.css), to decide which way it opens. */
const POPOVER_WIDTH_PX = 320;

/** The icon of a state, so colour is never the only cue. */
export function stateGlyph(state: PollerStateView): string {
  return GLYPH[state] ?? '?';
}

/** One queue's chip: state, mode, demo and cost at a glance; details in a popover. */
export function QueueChip({
  status,
  now,
  open,
  onToggle,
  onPause,
  onResume,
  onRetry,
}: {
  status: QueueStatusView;
  now: number;
  open: boolean;
  onToggle(open: boolean): void;
  onPause(key: string): void;
  onResume(key: string): void;
  onRetry(key: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [alignEnd, setAlignEnd] = useState(false);
  useDismiss(open, () => onToggle(false), container, trigger);
  const described = describeStatus(status, now, t);
  const paused = status.state === 'paused';

  return (
    <div className={`status-chip status-chip--${described.tone}`} ref={container}>
      <button
        ref={trigger}
        type="button"
        className="status-chip__main"
        aria-expanded={open}
        aria-controls={panelId}
        title={
          described.fix !== undefined ? `${described.detail}\n${described.fix}` : described.detail
        }
        onClick={(event) => {
          // A chip near the right edge opens its details leftwards, so they stay on screen.
          const box = event.currentTarget.getBoundingClientRect();
          setAlignEnd(box.left + POPOVER_WIDTH_PX > window.innerWidth);
          onToggle(!open);
        }}
      >
        <span className="status-chip__icon" aria-hidden="true">
          {stateGlyph(status.state)}
        </span>
        <span className="status-chip__queue">{status.queue}</span>
        <span className="status-chip__state">{described.label}</span>
        <span className="status-chip__mode">{t(`mode.${status.mode}`)}</span>
        {status.demo && <span className="badge badge--demo">{t('status.demo')}</span>}
        <span className="status-chip__cost">
          {t('status.projectedShort', {
            count: formatCompactCount(status.projectedRequestsPerMonth, language),
          })}
        </span>
      </button>
      <button
        type="button"
        className="status-chip__action"
        aria-label={t(paused ? 'status.resumeQueue' : 'status.pauseQueue', { queue: status.queue })}
        title={t(paused ? 'status.resume' : 'status.pause')}
        onClick={() => (paused ? onResume(status.key) : onPause(status.key))}
      >
        <span aria-hidden="true">{paused ? '▶' : '‖'}</span>
      </button>
      {open && (
        <QueueDetails
          id={panelId}
          alignEnd={alignEnd}
          status={status}
          described={described}
          now={now}
          onPause={onPause}
          onResume={onResume}
          onRetry={onRetry}
        />
      )}
    </div>
  );
}
