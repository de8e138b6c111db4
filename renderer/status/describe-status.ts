// A poller status in words: what it is doing, why, and what the user can do about it
// (poller-reliability-security.md §2.3: which failures retry on their own and which need a person).
import type { PollerStateView, QueueStatusView } from '../../preload/contract';
import type { Translate } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

/** The colour family a state is shown in (never the only cue: a label and an icon go with it). */
export type StatusTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

/** A status as the strip shows it. */
export interface StatusDescription {
  tone: StatusTone;
  /** A few words: "Live", "Retrying in 12 s", "Access denied". */
  label: string;
  /** What is happening, in a sentence (the engine's own error message when there is one). */
  detail: string;
  /** What the user can do; undefined when nothing is needed. */
  fix: string | undefined;
}

/** States in which the poller has stopped itself until the user acts (or retries). */
const HALTED: ReadonlySet<PollerStateView> = new Set([
  'auth-error',
  'queue-missing',
  'clock-error',
]);

/** True when the poller waits for the user: a halted error state. */
export function isHalted(state: PollerStateView): boolean {
  return HALTED.has(state);
}

/** True when "Retry" does something useful: halted, or waiting out a backoff. */
export function canRetry(state: PollerStateView): boolean {
  return isHalted(state) || state === 'backing-off';
}

/** What each failure kind of a backing-off poller asks of the user (most: nothing). */
const RETRY_FIX: Readonly<Record<string, MessageKey>> = {
  throttled: 'status.fix.throttled',
  unreachable: 'status.fix.unreachable',
  'invalid-request': 'status.fix.invalidRequest',
  'handler-failed': 'status.fix.handlerFailed',
};

/** Describes one queue's status at `now`. */
export function describeStatus(
  status: QueueStatusView,
  now: number,
  t: Translate,
): StatusDescription {
  const message = status.lastError?.message;
  switch (status.state) {
    case 'polling':
      return {
        tone: 'success',
        label: t('status.state.polling'),
        detail: t('status.detail.polling'),
        fix: undefined,
      };
    case 'idle':
      return status.requestsMade === 0
        ? {
            tone: 'neutral',
            label: t('status.state.starting'),
            detail: t('status.detail.starting'),
            fix: undefined,
          }
        : {
            tone: 'success',
            label: t('status.state.idle'),
            detail: t('status.detail.idle'),
            fix: undefined,
          };
    case 'paused':
      return {
        tone: 'neutral',
        label: t('status.state.paused'),
        detail: t('status.detail.paused'),
        fix: t('status.fix.paused'),
      };
    case 'offline':
      return {
        tone: 'warning',
        label: t('status.state.offline'),
        detail: t('status.detail.offline'),
        fix: undefined,
      };
    case 'backing-off': {
      const fixKey = RETRY_FIX[status.lastError?.kind ?? ''] ?? 'status.fix.transient';
      return {
        tone: 'warning',
        label: retryLabel(status.nextAttemptAt, now, t),
        detail: message ?? t('status.detail.backingOff'),
        fix: t(fixKey),
      };
    }
    case 'auth-error':
      return {
        tone: 'danger',
        label: t('status.state.auth'),
        detail: message ?? t('status.detail.auth'),
        fix: t('status.fix.auth'),
      };
    case 'queue-missing':
      return {
        tone: 'danger',
        label: t('status.state.queueMissing'),
        detail: message ?? t('status.detail.queueMissing'),
        fix: t('status.fix.queueMissing'),
      };
    case 'clock-error':
      return {
        tone: 'danger',
        label: t('status.state.clock'),
        detail: message ?? t('status.detail.clock'),
        fix: t('status.fix.clock'),
      };
    case 'stopped':
      return {
        tone: 'neutral',
        label: t('status.state.stopped'),
        detail: t('status.detail.stopped'),
        fix: undefined,
      };
    default:
      // A state this build does not know yet: show it as the engine names it.
      return { tone: 'neutral', label: status.state, detail: message ?? '', fix: undefined };
  }
}

/** "Retrying in 12 s", "Retrying in 2 min", or "Retrying now" once the wait is over. */
export function retryLabel(nextAttemptAt: number | undefined, now: number, t: Translate): string {
  if (nextAttemptAt === undefined || nextAttemptAt <= now) return t('status.state.retryingNow');
  const seconds = Math.ceil((nextAttemptAt - now) / 1000);
  const wait =
    seconds < 60
      ? t('status.wait.seconds', { n: seconds })
      : t('status.wait.minutes', { n: Math.ceil(seconds / 60) });
  return t('status.state.backingOff', { wait });
}
