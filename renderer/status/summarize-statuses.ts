// All queues in one line, for the collapsed status strip of the narrow layout:
// "2 queues · all live", "2 queues · 1 error".
import type { QueueStatusView } from '../../preload/contract';
import type { Translate } from '../i18n/i18n-context';
import { pluralKey } from '../store/plural-key';
import { describeStatus, isHalted } from './describe-status';
import type { StatusTone } from './describe-status';

/** The collapsed strip's words: how many queues, and the state that most needs attention. */
export interface StatusSummary {
  queues: string;
  state: string;
  tone: StatusTone;
}

/**
 * Summarizes the statuses; the worst state wins: halted queues, then retrying or offline ones,
 * then paused ones, then queues not polling yet; otherwise every queue is live.
 */
export function summarizeStatuses(
  statuses: readonly QueueStatusView[],
  now: number,
  t: Translate,
): StatusSummary {
  const total = statuses.length;
  const queues = t(pluralKey('status.summary.queues', total), { count: total });
  const count = (test: (status: QueueStatusView) => boolean): number =>
    statuses.filter(test).length;

  const halted = count((s) => isHalted(s.state));
  if (halted > 0) {
    return {
      queues,
      state: t(pluralKey('status.summary.errors', halted), { count: halted }),
      tone: 'danger',
    };
  }
  const offline = count((s) => s.state === 'offline');
  if (offline === total) return { queues, state: t('status.summary.offline'), tone: 'warning' };
  const retrying = count((s) => s.state === 'backing-off' || s.state === 'offline');
  if (retrying > 0) {
    return { queues, state: t('status.summary.retrying', { count: retrying }), tone: 'warning' };
  }
  const paused = count((s) => s.state === 'paused');
  if (paused === total) return { queues, state: t('status.summary.allPaused'), tone: 'neutral' };
  if (paused > 0) {
    return { queues, state: t('status.summary.paused', { count: paused }), tone: 'neutral' };
  }
  const stopped = count((s) => s.state === 'stopped');
  if (stopped > 0) {
    return { queues, state: t('status.summary.stopped', { count: stopped }), tone: 'neutral' };
  }
  const starting = count((s) => describeStatus(s, now, t).tone !== 'success');
  if (starting > 0) {
    return { queues, state: t('status.summary.starting', { count: starting }), tone: 'neutral' };
  }
  return { queues, state: t('status.summary.allLive'), tone: 'success' };
}
