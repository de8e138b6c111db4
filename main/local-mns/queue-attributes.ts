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

/** The numeric attributes, with the XML element and unit their range errors name. */
const RANGED = {
  delaySeconds: { element: 'DelaySeconds', unit: 'seconds' },
  maximumMessageSize: { element: 'MaximumMessageSize', unit: 'bytes' },
  messageRetentionPeriod: { element: 'MessageRetentionPeriod', unit: 'seconds' },
  visibilityTimeout: { element: 'VisibilityTimeout', unit: 'seconds' },
  pollingWaitSeconds: { element: 'PollingWaitSeconds', unit: 'seconds' },
} as const;

/** A numeric queue or topic attribute with a documented range. */
export type RangedAttribute = keyof typeof RANGED;

/**
 * Applies requested changes to `base`: each of `fields` that is supplied is range-checked, and
 * LoggingEnabled is taken as given. Queues and topics share it; topics have fewer fields.
 */
export function mergeAttributes<T extends { loggingEnabled: boolean }>(
  base: T,
  changes: { loggingEnabled?: boolean | undefined } & {
    [K in RangedAttribute]?: number | undefined;
  },
  fields: readonly (RangedAttribute & keyof T)[],
): T {
  const next = { ...base };
  for (const field of fields) {
    const value = changes[field];
    if (value === undefined) continue;
    const { element, unit } = RANGED[field];
    Object.assign(next, { [field]: checkRange(element, value, LIMITS[field], unit) });
  }
  if (changes.loggingEnabled !== undefined) next.loggingEnabled = changes.loggingEnabled;
  return next;
}

/** Applies requested changes to `base`, validating each supplied value. */
export function mergeQueueAttributes(
  base: QueueAttributes,
  changes: QueueAttributeFields,
): QueueAttributes {
  return mergeAttributes(base, changes, Object.keys(RANGED) as RangedAttribute[]);
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
