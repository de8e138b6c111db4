// What of an entry lives where. The slim part stays in memory and leads every `put` line; the
// search text follows as the first tail part, stored ready to use so restore neither parses nor
// lowercases it; the heavy parts (raw XML, raw body, payload text, parsed payloads, summary) come
// last, read back only by `getFull`.
import type { EventSummary, JsonValue } from '../events/event-model';
import type { JournalEntry } from './journal-entry';
import type { Interner, JsonObject } from './json-reader';
import {
  NotReadable,
  isObject,
  numberAt,
  oneOf,
  optionalNumberAt,
  optionalStringAt,
  stringAt,
} from './json-reader';
import { encodeLine, encodeTail } from './record-codec';
import type { OriginPool } from './slim-entry';
import { STATE_NAMES, freezeEntry } from './slim-entry';
import { packSlim, unpackSlim } from './slim-packing';

/** The parts of a message that only `getFull` reads back. */
export interface HeavyParts {
  rawXml: string;
  innerText: string;
  /** Undefined when the raw body is the payload text itself (an unwrapped body). */
  raw: string | undefined;
  payload: { [key: string]: JsonValue } | undefined;
  expanded: { [key: string]: JsonValue } | undefined;
  summary: EventSummary;
}

/** The `put` line for an entry whose slim form is `slim` and search text `search`. */
export function encodePut(slim: JournalEntry, full: JournalEntry, search: string): Buffer {
  const decoded = full.message.decoded;
  const heavy: HeavyParts = {
    rawXml: full.message.envelope.rawXml,
    innerText: decoded.innerText,
    raw: decoded.raw === decoded.innerText ? undefined : decoded.raw,
    payload: decoded.payload,
    expanded: decoded.expanded,
    summary: full.message.event.summary,
  };
  return encodeLine(
    JSON.stringify({ t: 'put', e: packSlim(slim) }),
    encodeTail(search, JSON.stringify(heavy)),
  );
}

/** The slim entry in the lean JSON of a `put` record; throws NotReadable when it does not fit. */
export function entryOfLean(lean: string, intern: Interner, origins: OriginPool): JournalEntry {
  const record = JSON.parse(lean) as unknown;
  if (!isObject(record) || record.t !== 'put') throw new NotReadable('put');
  return unpackSlim(record.e, intern, origins);
}

/** Reads the heavy parts stored after a `put`. */
export function readHeavy(value: unknown): HeavyParts {
  if (!isObject(value)) throw new NotReadable('heavy');
  const summary = value.summary;
  if (!isObject(summary) || !Array.isArray(summary.facts)) throw new NotReadable('summary');
  return {
    rawXml: stringAt(value, 'rawXml'),
    innerText: stringAt(value, 'innerText'),
    raw: optionalStringAt(value, 'raw'),
    payload: jsonObjectAt(value, 'payload'),
    expanded: jsonObjectAt(value, 'expanded'),
    // Written by this module from an EventSummary and covered by the checksum.
    summary: summary as unknown as EventSummary,
  };
}

function jsonObjectAt(o: JsonObject, key: string): { [key: string]: JsonValue } | undefined {
  const value = o[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new NotReadable(key);
  // JSON.parse only ever produces JSON values.
  return value as { [key: string]: JsonValue };
}

/** The complete entry: the current slim entry with its heavy parts put back. */
export function joinEntry(slim: JournalEntry, heavy: HeavyParts | undefined): JournalEntry {
  const { message } = slim;
  return {
    ...slim,
    message: {
      ...message,
      origin: { ...message.origin },
      envelope: { ...message.envelope, rawXml: heavy?.rawXml ?? '' },
      decoded: {
        ...message.decoded,
        layers: message.decoded.layers.map((layer) => ({ ...layer })),
        raw: heavy ? (heavy.raw ?? heavy.innerText) : '',
        innerText: heavy?.innerText ?? '',
        payload: heavy?.payload,
        expanded: heavy?.expanded,
      },
      event: { ...message.event, summary: heavy?.summary ?? { facts: [] } },
    },
  };
}

/** The fields that change after an entry is first stored. */
export interface MutableFields extends Pick<
  JournalEntry,
  | 'state'
  | 'receiptHandle'
  | 'leaseExpiresAt'
  | 'lastError'
  | 'firstSeenAt'
  | 'lastSeenAt'
  | 'deliveries'
> {
  dequeueCount: number;
  envelopeHandle: string | undefined;
  nextVisibleTime: number | undefined;
}

/** The `mut` line: every mutable field of `entry`, so replaying it is idempotent. */
export function encodeMutation(entry: JournalEntry): Buffer {
  const m = mutableOf(entry);
  const packed = [
    m.state,
    m.receiptHandle ?? null,
    m.leaseExpiresAt ?? null,
    m.lastError ?? null,
    m.firstSeenAt,
    m.lastSeenAt,
    m.deliveries,
    m.dequeueCount,
    m.envelopeHandle ?? null,
    m.nextVisibleTime ?? null,
  ];
  return encodeLine(JSON.stringify({ t: 'mut', id: entry.id, m: packed }));
}

/** Reads the fields of a `mut` record. */
export function readMutation(value: unknown): MutableFields {
  if (!Array.isArray(value)) throw new NotReadable('mut');
  const p: readonly unknown[] = value;
  return {
    state: oneOf(p, 0, STATE_NAMES),
    receiptHandle: optionalStringAt(p, 1),
    leaseExpiresAt: optionalNumberAt(p, 2),
    lastError: optionalStringAt(p, 3),
    firstSeenAt: numberAt(p, 4),
    lastSeenAt: numberAt(p, 5),
    deliveries: numberAt(p, 6),
    dequeueCount: numberAt(p, 7),
    envelopeHandle: optionalStringAt(p, 8),
    nextVisibleTime: optionalNumberAt(p, 9),
  };
}

/** A new slim entry: `slim` with mutable fields replaced. */
export function withMutation(slim: JournalEntry, m: MutableFields): JournalEntry {
  const envelope = {
    ...slim.message.envelope,
    dequeueCount: m.dequeueCount,
    receiptHandle: m.envelopeHandle === m.receiptHandle ? m.receiptHandle : m.envelopeHandle,
    nextVisibleTime: m.nextVisibleTime,
  };
  return freezeEntry({
    id: slim.id,
    message: { ...slim.message, envelope },
    state: m.state,
    firstSeenAt: m.firstSeenAt,
    lastSeenAt: m.lastSeenAt,
    receiptHandle: m.receiptHandle,
    leaseExpiresAt: m.leaseExpiresAt,
    deliveries: m.deliveries,
    lastError: m.lastError,
  });
}

/** The mutable fields of `entry`. */
export function mutableOf(entry: JournalEntry): MutableFields {
  const envelope = entry.message.envelope;
  return {
    state: entry.state,
    receiptHandle: entry.receiptHandle,
    leaseExpiresAt: entry.leaseExpiresAt,
    lastError: entry.lastError,
    firstSeenAt: entry.firstSeenAt,
    lastSeenAt: entry.lastSeenAt,
    deliveries: entry.deliveries,
    dequeueCount: envelope.dequeueCount,
    envelopeHandle: envelope.receiptHandle,
    nextVisibleTime: envelope.nextVisibleTime,
  };
}
