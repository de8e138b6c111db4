// Journal entries as the renderer sees them: the slim row for lists and the full detail for the
// detail pane. The renderer acts by entry id: no field carries a receipt handle for it to use
// (the XML tab shows the message exactly as it arrived, handle included, for inspection only).
import type { EventDetail, FeedRow } from '../../../preload/contract';
import type { JournalEntry } from '../../engine/journal';
import { displayTime } from '../../engine/journal/row-columns';

/** The list row of an entry (works on slim and full entries). */
export function toFeedRow(entry: JournalEntry): FeedRow {
  const { message } = entry;
  const { event, envelope, origin } = message;
  return {
    id: entry.id,
    correlationKey: message.correlationKey,
    accountId: origin.accountId,
    regionId: origin.regionId,
    queue: origin.queue,
    messageId: envelope.messageId,
    source: event.source,
    kind: event.kind,
    outcome: event.outcome,
    eventType: event.eventType,
    final: event.final,
    title: event.title,
    subtitle: event.subtitle,
    keyId: event.keyId,
    keyField: event.keyField,
    jobId: event.jobId,
    time: displayTime(entry),
    eventTime: event.eventTime,
    enqueueTime: envelope.enqueueTime,
    dequeueCount: envelope.dequeueCount,
    state: entry.state,
    leaseExpiresAt: entry.leaseExpiresAt,
    deliveries: entry.deliveries,
    firstSeenAt: entry.firstSeenAt,
    lastSeenAt: entry.lastSeenAt,
    lastError: entry.lastError,
    problem: message.decoded.problem,
  };
}

/** Everything the detail pane shows; needs the full entry (see `journal.getFull`). */
export function toEventDetail(entry: JournalEntry): EventDetail {
  const { event, envelope, decoded } = entry.message;
  return {
    row: toFeedRow(entry),
    summary: event.summary,
    properties: {
      messageId: envelope.messageId,
      bodyMd5: envelope.bodyMd5,
      enqueueTime: envelope.enqueueTime,
      firstDequeueTime: envelope.firstDequeueTime,
      nextVisibleTime: envelope.nextVisibleTime,
      dequeueCount: envelope.dequeueCount,
      priority: envelope.priority,
    },
    rawXml: envelope.rawXml,
    rawBody: decoded.raw,
    layers: decoded.layers,
    payload: decoded.expanded ?? decoded.payload,
  };
}
