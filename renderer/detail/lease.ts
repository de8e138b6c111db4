// What the action bar may offer for a message, decided from the queue mode and message state.
import type { FeedRow, MessageState, QueueMode } from '../../preload/contract';
import type { MessageKey } from '../i18n/messages';

/** Whether Delete/Release/Extend are shown, shown disabled (with why), or not shown (with why). */
export type ActionAvailability =
  | { kind: 'enabled' }
  | { kind: 'disabled'; reason: MessageKey }
  | { kind: 'hidden'; reason: MessageKey };

/** Lease extensions offered, in seconds. */
export const EXTEND_CHOICES = [60, 300, 1800] as const;

const DISABLED_REASON: Record<Exclude<MessageState, 'leased'>, MessageKey> = {
  deleting: 'detail.actions.deleting',
  deleted: 'detail.actions.deleted',
  'delete-failed': 'detail.actions.deleteFailed',
  peeked: 'detail.actions.notLeased',
  visible: 'detail.actions.notLeased',
};

/**
 * Destructive actions exist only for a consumed queue and need our lease. A watched queue is
 * never changed, so there they are not shown at all.
 */
export function actionAvailability(
  state: FeedRow['state'],
  mode: QueueMode | undefined,
): ActionAvailability {
  if (mode === undefined) return { kind: 'hidden', reason: 'detail.actions.unknownMode' };
  if (mode === 'watch') return { kind: 'hidden', reason: 'detail.actions.watchReason' };
  if (state === 'leased') return { kind: 'enabled' };
  return { kind: 'disabled', reason: DISABLED_REASON[state] };
}

/** "4:05" from a number of milliseconds (rounded up, so 0:00 means over). */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
