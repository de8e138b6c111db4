import type { PeekedMessage, ReceivedMessage } from '../mns/queue-client';
import { classifyDecoded } from './classify-event';
import { correlationKey, dedupeKey } from './correlate';
import { decodeBody } from './decode-body';
import type { DecodedBody, MessageOrigin, NormalizedEvent } from './event-model';

/** The MNS message fields a person may want to see (the Properties tab). */
export interface MnsEnvelope {
  messageId: string;
  bodyMd5: string;
  enqueueTime: number;
  firstDequeueTime: number;
  dequeueCount: number;
  priority: number;
  /** Only for received (leased) messages; a peeked message has none. */
  receiptHandle: string | undefined;
  nextVisibleTime: number | undefined;
  /** The message's `<Message>` element as it arrived. */
  rawXml: string;
}

/** Everything MNS Watch knows about one message: where from, every layer, and what it means. */
export interface ClassifiedMessage {
  /** Dedupe identity: account, region, queue and MessageId. */
  id: string;
  correlationKey: string;
  origin: MessageOrigin;
  envelope: MnsEnvelope;
  decoded: DecodedBody;
  event: NormalizedEvent;
}

/** Decodes and classifies one received or peeked message. Never throws. */
export function classifyMessage(
  message: ReceivedMessage | PeekedMessage,
  origin: MessageOrigin,
): ClassifiedMessage {
  const decoded = decodeBody(message.body);
  const event = classifyDecoded(decoded);
  const leased = 'receiptHandle' in message;
  return {
    id: dedupeKey(origin, message.messageId),
    correlationKey: correlationKey(event, origin, message.messageId),
    origin,
    envelope: {
      messageId: message.messageId,
      bodyMd5: message.bodyMd5,
      enqueueTime: message.enqueueTime,
      firstDequeueTime: message.firstDequeueTime,
      dequeueCount: message.dequeueCount,
      priority: message.priority,
      receiptHandle: leased ? message.receiptHandle : undefined,
      nextVisibleTime: leased ? message.nextVisibleTime : undefined,
      rawXml: message.rawXml,
    },
    decoded,
    event,
  };
}
