import type { JournalEntry } from '../../engine/journal/journal-entry';
import { isDefaultNotifiable } from '../../engine/notifications';
import { formatFeedLine } from './feed-line';

/** One line for a new entry: human text, or one JSON object with the event and its MNS fields. */
export function tailLine(entry: JournalEntry, json: boolean): string {
  const { message } = entry;
  if (!json)
    return `${formatFeedLine(message, isDefaultNotifiable(message.event))}  [${message.origin.queue}]`;
  const { envelope, event, origin } = message;
  return JSON.stringify({
    id: entry.id,
    queue: origin.queue,
    regionId: origin.regionId,
    messageId: envelope.messageId,
    dequeueCount: envelope.dequeueCount,
    enqueueTime: envelope.enqueueTime,
    firstDequeueTime: envelope.firstDequeueTime,
    priority: envelope.priority,
    bodyMd5: envelope.bodyMd5,
    state: entry.state,
    leaseExpiresAt: entry.leaseExpiresAt ?? null,
    event,
  });
}
