import { z } from 'zod';

import type {
  PeekedMessage,
  QueueAttributes,
  QueuePage,
  ReceivedMessage,
  VisibilityChange,
} from './queue-client';

/** A response body that does not have the shape MNS documents; the caller classifies it as malformed. */
export class ResponseShapeError extends Error {
  constructor(what: string, issues: string) {
    super(`${what} did not have the documented shape: ${issues}`);
    this.name = 'ResponseShapeError';
  }
}

const count = z
  .string()
  .regex(/^\d{1,16}$/, 'expected a whole number')
  .transform(Number);
const text = z.string();
const id = z.string().min(1).max(512);

const receivedSchema = z.object({
  MessageId: id,
  ReceiptHandle: id,
  MessageBody: text,
  MessageBodyMD5: text,
  EnqueueTime: count,
  FirstDequeueTime: count,
  NextVisibleTime: count,
  DequeueCount: count,
  Priority: count,
});

const peekedSchema = receivedSchema.omit({ ReceiptHandle: true, NextVisibleTime: true });

const visibilitySchema = z.object({ ReceiptHandle: id, NextVisibleTime: count });

const attributesSchema = z.object({
  QueueName: id,
  CreateTime: count,
  LastModifyTime: count,
  DelaySeconds: count,
  MaximumMessageSize: count,
  MessageRetentionPeriod: count,
  VisibilityTimeout: count,
  PollingWaitSeconds: count,
  ActiveMessages: count,
  InactiveMessages: count,
  DelayMessages: count,
  LoggingEnabled: z.string().regex(/^(true|false)$/i),
});

const queueEntrySchema = z.object({ QueueURL: z.string().url(), QueueName: id.optional() });
const batchDeleteErrorSchema = z.object({ ErrorCode: id, ErrorMessage: text, ReceiptHandle: text });

/** The messages of a receive response, each paired with its raw `<Message>` XML. */
export function toReceivedMessages(body: unknown, rawXml: string[]): ReceivedMessage[] {
  return list(body, 'receive').map((entry, index) => {
    const m = parse(receivedSchema, entry, 'A received message');
    return {
      messageId: m.MessageId,
      receiptHandle: m.ReceiptHandle,
      body: m.MessageBody,
      bodyMd5: m.MessageBodyMD5,
      enqueueTime: m.EnqueueTime,
      firstDequeueTime: m.FirstDequeueTime,
      nextVisibleTime: m.NextVisibleTime,
      dequeueCount: m.DequeueCount,
      priority: m.Priority,
      rawXml: rawXml[index] ?? '',
    };
  });
}

/** The messages of a peek response. */
export function toPeekedMessages(body: unknown, rawXml: string[]): PeekedMessage[] {
  return list(body, 'peek').map((entry, index) => {
    const m = parse(peekedSchema, entry, 'A peeked message');
    return {
      messageId: m.MessageId,
      body: m.MessageBody,
      bodyMd5: m.MessageBodyMD5,
      enqueueTime: m.EnqueueTime,
      firstDequeueTime: m.FirstDequeueTime,
      dequeueCount: m.DequeueCount,
      priority: m.Priority,
      rawXml: rawXml[index] ?? '',
    };
  });
}

/** The new lease of a ChangeMessageVisibility response. */
export function toVisibilityChange(body: unknown): VisibilityChange {
  const v = parse(visibilitySchema, body, 'A ChangeVisibility response');
  return { receiptHandle: v.ReceiptHandle, nextVisibleTime: v.NextVisibleTime };
}

/** A GetQueueAttributes response. */
export function toQueueAttributes(body: unknown): QueueAttributes {
  const a = parse(attributesSchema, body, 'A queue attributes response');
  return {
    name: a.QueueName,
    createTime: a.CreateTime,
    lastModifyTime: a.LastModifyTime,
    delaySeconds: a.DelaySeconds,
    maximumMessageSize: a.MaximumMessageSize,
    messageRetentionPeriod: a.MessageRetentionPeriod,
    visibilityTimeout: a.VisibilityTimeout,
    pollingWaitSeconds: a.PollingWaitSeconds,
    activeMessages: a.ActiveMessages,
    inactiveMessages: a.InactiveMessages,
    delayMessages: a.DelayMessages,
    loggingEnabled: a.LoggingEnabled.toLowerCase() === 'true',
  };
}

/** A ListQueue page; an empty list arrives as no body at all. */
export function toQueuePage(body: unknown): QueuePage {
  if (body === undefined) return { queues: [], nextMarker: undefined };
  const record = ownFields(body, 'A queue list');
  const entries = record.Queue === undefined ? [] : list(record.Queue, 'queue list');
  const marker = record.NextMarker;
  return {
    queues: entries.map((entry) => {
      const q = parse(queueEntrySchema, entry, 'A queue list entry');
      return {
        name: q.QueueName ?? decodeURIComponent(q.QueueURL.split('/').pop() ?? ''),
        url: q.QueueURL,
      };
    }),
    nextMarker: typeof marker === 'string' && marker !== '' ? marker : undefined,
  };
}

/** The per-handle errors of a partially failed batch delete. */
export function toBatchDeleteErrors(
  body: unknown,
): { errorCode: string; errorMessage: string; receiptHandle: string }[] {
  return list(body, 'batch delete').map((entry) => {
    const e = parse(batchDeleteErrorSchema, entry, 'A batch delete error');
    return { errorCode: e.ErrorCode, errorMessage: e.ErrorMessage, receiptHandle: e.ReceiptHandle };
  });
}

function list(body: unknown, what: string): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null) return [body];
  throw new ResponseShapeError(`The ${what} response`, 'no messages in the body');
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(ownFields(value, what));
  if (!result.success) {
    throw new ResponseShapeError(
      what,
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return result.data;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Reads only own fields into a prototype-free record, so an element named __proto__ in a hostile
// response cannot make inherited properties look like real fields.
function ownFields(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ResponseShapeError(what, 'not an element with children');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new ResponseShapeError(what, 'unexpected object prototype');
  }
  const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) throw new ResponseShapeError(what, `hostile <${key}> element`);
    record[key] = (value as Record<string, unknown>)[key];
  }
  return record;
}

/** Each `<Message>` element of a raw response body, in order. */
export function splitMessageXml(rawBody: string): string[] {
  // Bodies inside are XML-escaped by MNS, so a literal <Message> tag can only be an element.
  return rawBody.match(/<Message(?:\s[^>]*)?>[\s\S]*?<\/Message>/g) ?? [];
}

/** The named child of a parsed body, read as an own property only. */
export function childOf(body: unknown, field: string): unknown {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, field)) {
    throw new ResponseShapeError('The response', `no <${field}> element`);
  }
  return (body as Record<string, unknown>)[field];
}

/** The raw `<Message>` elements of a response, which must be one per parsed message. */
export function rawMessageXml(rawBody: string | undefined, parsedCount: number): string[] {
  const raw = splitMessageXml(rawBody ?? '');
  if (raw.length !== parsedCount) {
    throw new ResponseShapeError(
      'The response',
      `${parsedCount} parsed messages but ${raw.length} <Message> elements`,
    );
  }
  return raw;
}
