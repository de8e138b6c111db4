import { classifyMessage } from '../events/classify-message';
import type { MessageOrigin } from '../events/event-model';
import type { JournalEntry } from '../journal/journal-entry';
import type { PeekedMessage, ReceivedMessage } from '../mns/queue-client';

/** Turns a received (leased) or peeked batch into journal entries, classified. */
export function entriesFromBatch(
  batch: readonly (ReceivedMessage | PeekedMessage)[],
  origin: MessageOrigin,
  now: number,
): JournalEntry[] {
  return batch.map((message) => {
    const classified = classifyMessage(message, origin);
    const leased = 'receiptHandle' in message;
    return {
      id: classified.id,
      message: classified,
      state: leased ? 'leased' : 'peeked',
      firstSeenAt: now,
      lastSeenAt: now,
      receiptHandle: leased ? message.receiptHandle : undefined,
      leaseExpiresAt: leased ? message.nextVisibleTime : undefined,
      deliveries: 1,
      lastError: undefined,
    };
  });
}

/**
 * True when a message we consume was already received before we first saw it: another consumer
 * (or an earlier run that crashed) is reading the same queue.
 */
export function hintsOtherConsumer(entry: JournalEntry): boolean {
  return (
    entry.deliveries === 1 && entry.state === 'leased' && entry.message.envelope.dequeueCount > 1
  );
}
