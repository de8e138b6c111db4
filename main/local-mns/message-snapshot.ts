/** Point-in-time views of stored messages, for invariant checks in tests and the fault harness. */
import type { MessageQueue, MessageState, StoredMessage } from './message-queue';

/** One message as it stands now. */
export interface MessageSnapshot {
  messageId: string;
  body: string;
  bodyMd5: string;
  state: MessageState;
  priority: number;
  enqueueTime: number;
  firstDequeueTime: number | null;
  dequeueCount: number;
  nextVisibleTime: number;
  expiresAt: number;
  /** The newest handle issued for the message (null if never received and not delayed). */
  receiptHandle: string | null;
  /** Whether that handle would be accepted now. */
  handleValid: boolean;
}

/** Snapshots one message of `queue` at `now`. */
export function snapshotOf(
  queue: MessageQueue,
  message: StoredMessage,
  now: number,
): MessageSnapshot {
  return {
    messageId: message.messageId,
    body: message.body,
    bodyMd5: message.bodyMd5,
    state: queue.stateOf(message, now),
    priority: message.priority,
    enqueueTime: message.enqueueTime,
    firstDequeueTime: message.firstDequeueTime,
    dequeueCount: message.dequeueCount,
    nextVisibleTime: message.visibleAt,
    expiresAt: message.expiresAt,
    receiptHandle: message.handle,
    handleValid: message.handle !== null && message.visibleAt > now,
  };
}
