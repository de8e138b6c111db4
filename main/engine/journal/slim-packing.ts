// The stored form of a slim entry: a JSON array in a fixed order, about half the bytes of the
// object form and faster to parse. Unpacking validates every field and builds objects with all
// keys in one order, so 100,000 entries share V8 shapes.
import type { DecodeLayer } from '../events/event-model';
import type { JournalEntry } from './journal-entry';
import type { Interner } from './json-reader';
import {
  NotReadable,
  arrayAt,
  booleanAt,
  numberAt,
  oneOf,
  optionalNumberAt,
  optionalStringAt,
  stringAt,
} from './json-reader';
import type { OriginPool } from './slim-entry';
import {
  BLANK_SUMMARY,
  KIND_NAMES,
  OUTCOME_NAMES,
  PLAIN_DECODED,
  SOURCE_NAMES,
  STATE_NAMES,
  freezeEntry,
} from './slim-entry';

/** The stored form of a slim entry. */
export type PackedSlim = unknown[];

/** What each position of a packed slim entry holds (null stands for undefined). */
const PACKED_FIELDS = [
  'id',
  'message.id (null: same as id)',
  'message.correlationKey',
  'origin.accountId',
  'origin.regionId',
  'origin.queue',
  'envelope.messageId',
  'envelope.bodyMd5',
  'envelope.enqueueTime',
  'envelope.firstDequeueTime',
  'envelope.dequeueCount',
  'envelope.priority',
  'envelope.receiptHandle',
  'envelope.nextVisibleTime',
  'decoded.layers',
  'decoded.problem',
  'event.source',
  'event.eventType',
  'event.kind',
  'event.outcome',
  'event.final',
  'event.keyId',
  'event.keyField',
  'event.jobId',
  'event.eventTime',
  'event.title',
  'event.subtitle',
  'state',
  'firstSeenAt',
  'lastSeenAt',
  'receiptHandle',
  'leaseExpiresAt',
  'deliveries',
  'lastError',
];

/** Packs the slim part of `entry` (a slim or a full entry). */
export function packSlim(entry: JournalEntry): PackedSlim {
  const { message } = entry;
  const { origin, envelope, decoded, event } = message;
  return [
    entry.id,
    message.id === entry.id ? null : message.id,
    message.correlationKey,
    origin.accountId,
    origin.regionId,
    origin.queue,
    envelope.messageId,
    envelope.bodyMd5,
    envelope.enqueueTime,
    envelope.firstDequeueTime,
    envelope.dequeueCount,
    envelope.priority,
    envelope.receiptHandle ?? null,
    envelope.nextVisibleTime ?? null,
    decoded.layers.map(packLayer),
    decoded.problem ?? null,
    event.source,
    event.eventType,
    event.kind,
    event.outcome,
    event.final,
    event.keyId ?? null,
    event.keyField ?? null,
    event.jobId ?? null,
    event.eventTime ?? null,
    event.title,
    event.subtitle,
    entry.state,
    entry.firstSeenAt,
    entry.lastSeenAt,
    entry.receiptHandle ?? null,
    entry.leaseExpiresAt ?? null,
    entry.deliveries,
    entry.lastError ?? null,
  ];
}

function packLayer(layer: DecodeLayer): unknown[] {
  if (layer.kind === 'base64') return [layer.kind];
  if (layer.kind === 'mns-response') return [layer.kind, layer.messageId ?? null];
  const { topicName, topicOwner, subscriptionName, messageId, messageTag, publishTime } = layer;
  return [
    layer.kind,
    topicName,
    topicOwner,
    subscriptionName,
    messageId,
    messageTag,
    publishTime,
  ].map((value) => value ?? null);
}

/** Builds a frozen slim entry from its packed form; throws NotReadable when it does not fit. */
export function unpackSlim(value: unknown, intern: Interner, origins: OriginPool): JournalEntry {
  if (!Array.isArray(value)) throw new NotReadable('entry');
  const p: readonly unknown[] = value;
  const id = stringAt(p, 0);
  const keyId = optionalStringAt(p, 21);
  const jobId = optionalStringAt(p, 23);
  const receiptHandle = optionalStringAt(p, 30);
  const envelopeHandle = optionalStringAt(p, 12);
  const layers = arrayAt(p, 14);
  const problem = optionalStringAt(p, 15);
  // Equal strings parsed separately are separate copies: keep one of each.
  return freezeEntry({
    id,
    message: {
      id: optionalStringAt(p, 1) ?? id,
      correlationKey: stringAt(p, 2),
      origin: origins.get(stringAt(p, 3), stringAt(p, 4), stringAt(p, 5)),
      envelope: {
        messageId: stringAt(p, 6),
        bodyMd5: stringAt(p, 7),
        enqueueTime: numberAt(p, 8),
        firstDequeueTime: numberAt(p, 9),
        dequeueCount: numberAt(p, 10),
        priority: numberAt(p, 11),
        receiptHandle: envelopeHandle === receiptHandle ? receiptHandle : envelopeHandle,
        nextVisibleTime: optionalNumberAt(p, 13),
        rawXml: '',
      },
      decoded:
        layers.length === 0 && problem === undefined
          ? PLAIN_DECODED
          : {
              raw: '',
              layers: layers.map((layer) => unpackLayer(layer, intern)),
              innerText: '',
              payload: undefined,
              expanded: undefined,
              problem,
            },
      event: {
        source: oneOf(p, 16, SOURCE_NAMES),
        eventType: intern.string(stringAt(p, 17)),
        kind: oneOf(p, 18, KIND_NAMES),
        outcome: oneOf(p, 19, OUTCOME_NAMES),
        final: booleanAt(p, 20),
        keyId,
        keyField: intern.optional(optionalStringAt(p, 22)),
        jobId: jobId === keyId ? keyId : jobId,
        eventTime: optionalNumberAt(p, 24),
        title: stringAt(p, 25),
        subtitle: stringAt(p, 26),
        summary: BLANK_SUMMARY,
      },
    },
    state: oneOf(p, 27, STATE_NAMES),
    firstSeenAt: numberAt(p, 28),
    lastSeenAt: numberAt(p, 29),
    receiptHandle,
    leaseExpiresAt: optionalNumberAt(p, 31),
    deliveries: numberAt(p, 32),
    lastError: optionalStringAt(p, 33),
  });
}

function unpackLayer(value: unknown, intern: Interner): DecodeLayer {
  const layer = Array.isArray(value) ? (value as readonly unknown[]) : [];
  const kind = stringAt(layer, 0);
  if (kind === 'base64') return Object.freeze({ kind });
  if (kind === 'mns-response')
    return Object.freeze({ kind, messageId: optionalStringAt(layer, 1) });
  if (kind !== 'topic-json' && kind !== 'topic-xml') throw new NotReadable('layer');
  return Object.freeze({
    kind,
    topicName: intern.optional(optionalStringAt(layer, 1)),
    topicOwner: intern.optional(optionalStringAt(layer, 2)),
    subscriptionName: intern.optional(optionalStringAt(layer, 3)),
    messageId: optionalStringAt(layer, 4),
    messageTag: intern.optional(optionalStringAt(layer, 5)),
    publishTime: optionalNumberAt(layer, 6),
  });
}

/** The slim form of a caller's entry, checked field by field; throws TypeError if malformed. */
export function slimOf(entry: JournalEntry, intern: Interner, origins: OriginPool): JournalEntry {
  try {
    return unpackSlim(packSlim(entry), intern, origins);
  } catch (error) {
    const detail =
      error instanceof NotReadable
        ? (PACKED_FIELDS[Number(error.message)] ?? error.message)
        : error;
    throw new TypeError(`Journal entry ${String(entry?.id)} is malformed: ${String(detail)}`);
  }
}
