// A query walks the newest-first row order once, reading typed columns only: the time range by
// binary search, text matches from the chunk scan (cached per text; rows added since are scanned
// on the next query), chips as code masks, counts into typed arrays. The only allocations are the
// page and the count records.
import type { EventKind, EventOutcome, EventSource } from '../events/event-model';
import type { NameCodes } from './facets';
import { KINDS, OUTCOMES, SOURCES, STATE_ORDER } from './facets';
import type { JournalEntry } from './journal-entry';
import type { JournalIndex } from './journal-index';
import { hashKey } from './put-scanner';
import type { JournalCounts, JournalFilter, JournalQueryResult } from './journal-types';

const DEFAULT_LIMIT = 200;
// Line breaks, and the symbols titles are built with (· → × …): nobody searches for those, and
// a single one would make V8 store a whole search chunk at two bytes per character.
const SPACES = /[\t\n\r\u0080-\u00bf\u00d7\u00f7\u2000-\u2bff\u3000-\u303f\uff01-\uff0f]/g;
const DROPPED = /["\\]/g;

/** The text query words are looked for in, normalized as words are (see `normalize`). */
export function searchText(entry: JournalEntry, payloadText: string): string {
  // Title and subtitle, the payload text, then event type, MessageId, key and job ids, topic
  // names and tags unless the payload already holds them (it mostly does: no need twice).
  const { event, envelope, decoded } = entry.message;
  const payload = normalize(payloadText);
  const parts = [normalize(event.title), normalize(event.subtitle), payload];
  const extras = [event.eventType, envelope.messageId, event.keyId, event.jobId];
  for (const layer of decoded.layers) {
    if (layer.kind === 'topic-json' || layer.kind === 'topic-xml') {
      extras.push(layer.topicName, layer.subscriptionName, layer.messageTag);
    }
  }
  for (const extra of extras) {
    const text = extra === undefined ? '' : normalize(extra);
    if (text !== '' && !payload.includes(text)) parts.push(text);
  }
  return parts.join(' ');
}

// Lowercased; tabs, line breaks and decorative symbols become spaces (in words too, so no match
// changes, and a text fits on one line); quotes and backslashes are dropped, from words too, so
// `"Status":"fail"` also finds the pair inside nested, escaped JSON.
function normalize(text: string): string {
  return text.toLowerCase().replace(SPACES, ' ').replace(DROPPED, '');
}

/** Which text the `match` column holds results for, and for which chunks. */
export class TextCache {
  key = '';
  sealed = 0;
  epoch = -1;
}

/** Runs `filter` over the entries of `index`. */
export function runQuery(
  index: JournalIndex,
  filter: JournalFilter,
  cache: TextCache,
): JournalQueryResult {
  const { columns, codes } = index;
  const { time, facets, order, match } = columns;
  const hasText = prepareText(index, wordsOf(filter.text), cache);
  const outcomeMask = maskOf(OUTCOMES, filter.outcomes);
  const kindMask = maskOf(KINDS, filter.kinds);
  const sourceMask = maskOf(SOURCES, filter.sources);
  const stateMask = maskOf(STATE_ORDER, filter.states);
  const eventTypes = allowed(codes.eventTypes, filter.eventTypes);
  const accounts = allowed(codes.accounts, filter.accountIds);
  const regions = allowed(codes.regions, filter.regionIds);
  const queues = allowed(codes.queues, filter.queues);
  const correlationKey = filter.correlationKey;
  const correlationHash = correlationKey === undefined ? 0 : hashKey(correlationKey);
  const offset = Math.max(0, filter.offset ?? 0);
  const limit = Math.max(0, filter.limit ?? DEFAULT_LIMIT);
  const counts = new Int32Array(24);
  const queueCounts = new Int32Array(codes.queues.names.length);
  const eventTypeCounts = new Int32Array(codes.eventTypes.names.length);
  const accountCounts = new Int32Array(codes.accounts.names.length);
  const regionCounts = new Int32Array(codes.regions.names.length);
  const entries: JournalEntry[] = [];
  let total = 0;
  const end = boundary(order, columns.length, time, filter.from ?? -Infinity, true);
  for (
    let i = boundary(order, columns.length, time, filter.to ?? Infinity, false);
    i < end;
    i += 1
  ) {
    const row = order[i] ?? 0;
    if (hasText && match[row] === 0) continue;
    const f = facets[row] ?? 0;
    const outcome = f & 7;
    const kind = (f >>> 3) & 7;
    const source = (f >>> 6) & 7;
    const queue = f >>> 9;
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    counts[8 + kind] = (counts[8 + kind] ?? 0) + 1;
    counts[16 + source] = (counts[16 + source] ?? 0) + 1;
    queueCounts[queue] = (queueCounts[queue] ?? 0) + 1;
    const eventType = columns.eventType[row] ?? 0;
    const account = columns.account[row] ?? 0;
    const region = columns.region[row] ?? 0;
    eventTypeCounts[eventType] = (eventTypeCounts[eventType] ?? 0) + 1;
    accountCounts[account] = (accountCounts[account] ?? 0) + 1;
    regionCounts[region] = (regionCounts[region] ?? 0) + 1;
    const state = columns.state[row] ?? 0;
    const enums = (outcomeMask >>> outcome) & (kindMask >>> kind) & (sourceMask >>> source);
    if ((enums & (stateMask >>> state) & 1) === 0) continue;
    if (queues && queues[queue] !== 1) continue;
    if (eventTypes && eventTypes[eventType] !== 1) continue;
    if (accounts && accounts[account] !== 1) continue;
    if (regions && regions[region] !== 1) continue;
    // Only rows whose key hashes alike can hold the key: no entry is built for the others.
    if (correlationKey !== undefined && columns.correlation[row] !== correlationHash) continue;
    if (correlationKey !== undefined || (total >= offset && entries.length < limit)) {
      const entry = index.slotAt(row)?.entry;
      if (!entry) continue;
      if (correlationKey !== undefined && entry.message.correlationKey !== correlationKey) continue;
      if (total >= offset && entries.length < limit) entries.push(entry);
    }
    total += 1;
  }
  return {
    entries,
    total,
    counts: {
      ...toRecords(counts),
      eventType: named(eventTypeCounts, codes.eventTypes.names),
      account: named(accountCounts, codes.accounts.names),
      region: named(regionCounts, codes.regions.names),
      queue: named(queueCounts, codes.queues.names),
    },
  };
}

/** Brings the `match` column up to date for `words`; false when there is no text to match. */
function prepareText(index: JournalIndex, words: readonly string[], cache: TextCache): boolean {
  if (words.length === 0) return false;
  const key = words.join(' ');
  const reuse = key === cache.key && cache.epoch === index.epoch;
  // Sealed chunks never change: only those sealed since the last query need a scan.
  index.texts.match(words, reuse ? cache.sealed : 0, index.columns.match);
  cache.key = key;
  cache.epoch = index.epoch;
  cache.sealed = index.texts.sealedCount;
  return true;
}

function wordsOf(text: string | undefined): string[] {
  const words = normalize(text ?? '').split(/\s+/);
  return [...new Set(words.filter((word) => word !== ''))];
}

/** A bit per allowed value; all bits when there is no filter (or an empty one). */
function maskOf<T>(all: readonly T[], values: readonly T[] | undefined): number {
  if (!values || values.length === 0) return -1;
  let mask = 0;
  for (const value of values) {
    const code = all.indexOf(value);
    if (code >= 0) mask |= 1 << code;
  }
  return mask;
}

/** A 1 for each allowed name's code; undefined when there is no filter (or an empty one). */
function allowed(codes: NameCodes, values: readonly string[] | undefined): Uint8Array | undefined {
  if (!values || values.length === 0) return undefined;
  const table = new Uint8Array(codes.names.length);
  for (const value of values) {
    const code = codes.find(value);
    if (code !== undefined) table[code] = 1;
  }
  return table;
}

function toRecords(counts: Int32Array): Pick<JournalCounts, 'outcome' | 'kind' | 'source'> {
  const record = <K extends string>(keys: readonly K[], base: number): Record<K, number> =>
    Object.fromEntries(keys.map((key, code) => [key, counts[base + code] ?? 0])) as Record<
      K,
      number
    >;
  return {
    outcome: record<EventOutcome>(OUTCOMES, 0),
    kind: record<EventKind>(KINDS, 8),
    source: record<EventSource>(SOURCES, 16),
  };
}

/** Non-zero counts by name. */
function named(counts: Int32Array, names: readonly string[]): Record<string, number> {
  // No prototype: a queue (or event type) may be named anything, including "constructor".
  const record = Object.create(null) as Record<string, number>;
  counts.forEach((count, code) => {
    const name = names[code];
    if (count > 0 && name !== undefined) record[name] = count;
  });
  return record;
}

/**
 * In the newest-first `order`: the first position whose time is at or before `bound` (for the
 * upper bound), or strictly before it (`before`, for the lower bound).
 */
function boundary(
  order: Int32Array,
  length: number,
  time: Float64Array,
  bound: number,
  before: boolean,
): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const t = time[order[mid] ?? 0] ?? 0;
    if (before ? t >= bound : t > bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
