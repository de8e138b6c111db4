// A minimal EventDetail for a feed row, as getEvent would answer.
import type { EventDetail, FeedRow } from '../../../../preload/contract';

/** The detail of `row`, with a tiny JSON payload naming it. */
export function detailOf(row: FeedRow): EventDetail {
  const body = JSON.stringify({ EventType: row.eventType, Title: row.title });
  return {
    row,
    summary: { facts: [] },
    properties: {
      messageId: row.messageId,
      bodyMd5: '0'.repeat(32),
      enqueueTime: row.enqueueTime,
      firstDequeueTime: row.enqueueTime,
      nextVisibleTime: undefined,
      dequeueCount: row.dequeueCount,
      priority: 8,
    },
    rawXml: `<Message><MessageId>${row.messageId}</MessageId></Message>`,
    rawBody: body,
    layers: [],
    payload: { EventType: row.eventType, Title: row.title },
  };
}
