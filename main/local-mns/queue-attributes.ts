/** Queue attribute defaults, ranges and merging (protocol spec §3.1, §5.5). */
import { rangeError } from './errors';
import type { QueueAttributeFields } from './request-xml';

/** The settable attributes of a queue. */
export interface QueueAttributes {
  delaySeconds: number;
  maximumMessageSize: number;
  messageRetentionPeriod: number;
  visibilityTimeout: number;
  pollingWaitSeconds: number;
  loggingEnabled: boolean;
}

/** What CreateQueue uses for every attribute the request leaves out. */
export const DEFAULT_QUEUE_ATTRIBUTES: Readonly<QueueAttributes> = {
  delaySeconds: 0,
  maximumMessageSize: 65536,
  messageRetentionPeriod: 345600,
  visibilityTimeout: 30,
  pollingWaitSeconds: 0,
  loggingEnabled: false,
};

/** Limits shared by queues, messages and requests. */
export const LIMITS = {
  delaySeconds: [0, 604800],
  maximumMessageSize: [1024, 65536],
  messageRetentionPeriod: [60, 604800],
  visibilityTimeout: [1, 43200],
  pollingWaitSeconds: [0, 30],
  priority: [1, 16],
  batch: [1, 16],
  batchPayloadBytes: 65536,
  listLimit: [1, 1000],
  nameLength: 120,
  subscriptionNameLength: 255,
  tagLength: 16,
} as const;

/** Throws InvalidArgument unless `low <= value <= high`. */
export function checkRange(
  element: string,
  value: number,
  [low, high]: readonly [number, number],
  unit: string,
): number {
  if (!Number.isInteger(value) || value < low || value > high)
    throw rangeError(element, low, high, unit);
  return value;
}

/** Applies requested changes to `base`, validating each supplied value. */
export function mergeQueueAttributes(
  base: QueueAttributes,
  changes: QueueAttributeFields,
): QueueAttributes {
  const next = { ...base };
  if (changes.delaySeconds !== undefined)
    next.delaySeconds = checkRange(
      'DelaySeconds',
      changes.delaySeconds,
      LIMITS.delaySeconds,
      'seconds',
    );
  if (changes.maximumMessageSize !== undefined)
    next.maximumMessageSize = checkRange(
      'MaximumMessageSize',
      changes.maximumMessageSize,
      LIMITS.maximumMessageSize,
      'bytes',
    );
  if (changes.messageRetentionPeriod !== undefined)
    next.messageRetentionPeriod = checkRange(
      'MessageRetentionPeriod',
      changes.messageRetentionPeriod,
      LIMITS.messageRetentionPeriod,
      'seconds',
    );
  if (changes.visibilityTimeout !== undefined)
    next.visibilityTimeout = checkRange(
      'VisibilityTimeout',
      changes.visibilityTimeout,
      LIMITS.visibilityTimeout,
      'seconds',
    );
  if (changes.pollingWaitSeconds !== undefined)
    next.pollingWaitSeconds = checkRange(
      'PollingWaitSeconds',
      changes.pollingWaitSeconds,
      LIMITS.pollingWaitSeconds,
      'seconds',
    );
  if (changes.loggingEnabled !== undefined) next.loggingEnabled = changes.loggingEnabled;
  return next;
}

/** True when two attribute sets are the same (CreateQueue then answers 204 instead of 409). */
export function sameQueueAttributes(a: QueueAttributes, b: QueueAttributes): boolean {
  return (
    a.delaySeconds === b.delaySeconds &&
    a.maximumMessageSize === b.maximumMessageSize &&
    a.messageRetentionPeriod === b.messageRetentionPeriod &&
    a.visibilityTimeout === b.visibilityTimeout &&
    a.pollingWaitSeconds === b.pollingWaitSeconds &&
    a.loggingEnabled === b.loggingEnabled
  );
}
