// Restore reads what the columns need straight from a `put` record's bytes, without JSON.parse
// and without building the entry (that happens when someone asks for it). Parsing 100,000
// records into objects only to keep a few numbers and names was most of the restore time.
//
// The scanner accepts only records exactly as `encodePut` writes them: no whitespace, no escapes
// in strings, an empty layer list, plain numbers. It checks every field as strictly as
// `unpackSlim` does; anything else (escapes, layers, exponents, extra fields…) makes it give
// up, and the record goes the JSON.parse + `unpackSlim` way, so the two ways can never disagree
// on which records are readable.
import { KINDS, OUTCOMES, SOURCES, STATE_ORDER } from './facets';

/** What the index keeps of an entry besides its bytes: its id and its column values. */
export interface RowValues {
  id: string;
  /** The display time: the event's own time, else the enqueue time. */
  time: number;
  /** Codes: positions in OUTCOMES, KINDS, SOURCES and STATE_ORDER. */
  outcome: number;
  kind: number;
  source: number;
  state: number;
  queue: string;
  eventType: string;
  accountId: string;
  regionId: string;
  /** `hashKey` of the correlation key. */
  correlation: number;
  lastSeenAt: number;
  leaseExpiresAt: number | undefined;
}

/** Empty values to fill (one object reused for every record). */
export function blankRowValues(): RowValues {
  return {
    id: '',
    time: 0,
    outcome: 0,
    kind: 0,
    source: 0,
    state: 0,
    queue: '',
    eventType: '',
    accountId: '',
    regionId: '',
    correlation: 0,
    lastSeenAt: 0,
    leaseExpiresAt: undefined,
  };
}

const PREFIX = Buffer.from('{"t":"put","e":[', 'latin1');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const CLOSE_ARRAY = 0x5d;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const NULL = Buffer.from('null', 'latin1');
const TRUE = Buffer.from('true', 'latin1');
const FALSE = Buffer.from('false', 'latin1');
/** Integers with more digits might not convert exactly by hand: Number() reads them. */
const EXACT_DIGITS = 15;

const literalBytes = (values: readonly string[]): Buffer[] =>
  values.map((value) => Buffer.from(value, 'latin1'));
const OUTCOME_BYTES = literalBytes(OUTCOMES);
const KIND_BYTES = literalBytes(KINDS);
const SOURCE_BYTES = literalBytes(SOURCES);
const STATE_BYTES = literalBytes(STATE_ORDER);

/**
 * Names (queues, accounts, regions, event types) by their bytes: a handful of names repeat in
 * 100,000 records, and handing back the same string each time spares making one per record and
 * hashing it again for its code.
 */
class NameCache {
  private readonly byHash = new Map<number, { bytes: Buffer; text: string }[]>();
  private size = 0;

  text(cursor: Cursor): string {
    const { buf, from, to } = cursor;
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ (buf[i] ?? 0), 0x01000193);
    const known = this.byHash.get(hash);
    if (known) {
      for (const name of known) if (sameBytes(name.bytes, buf, from, to)) return name.text;
    }
    const text = cursor.text();
    // Beyond a few thousand names (a bug, or an odd account) new ones are simply not kept.
    if (this.size < NAME_CACHE_LIMIT) {
      const name = { bytes: Buffer.from(buf.subarray(from, to)), text };
      if (known) known.push(name);
      else this.byHash.set(hash, [name]);
      this.size += 1;
    }
    return text;
  }
}

const NAME_CACHE_LIMIT = 4096;

/** Whether `bytes` equals `buf[from..to]` (names are short: a loop beats a native call). */
function sameBytes(bytes: Buffer, buf: Buffer, from: number, to: number): boolean {
  if (bytes.length !== to - from) return false;
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] !== buf[from + i]) return false;
  return true;
}

/** Reads one record's array, element by element; every method returns false when it cannot. */
class Cursor {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  /** Where the array's closing bracket is. */
  end = 0;
  /** The last string's content: bytes `from..to`, and whether they are all ASCII. */
  from = 0;
  to = 0;
  ascii = true;
  /** The last number read. */
  value = 0;
  /** Whether the last optional value was null. */
  isNull = false;

  reset(buf: Buffer, pos: number, end: number): void {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  /** A `,` before the next element. */
  comma(): boolean {
    if (this.buf[this.pos] !== COMMA) return false;
    this.pos += 1;
    return true;
  }

  string(): boolean {
    const { buf, end } = this;
    let i = this.pos;
    if (buf[i] !== QUOTE) return false;
    i += 1;
    const from = i;
    let ascii = true;
    for (; ; i += 1) {
      if (i >= end) return false;
      const c = buf[i] ?? 0;
      // Most bytes: printable ASCII past the quote, not a backslash.
      if (c > QUOTE && c < 0x80 && c !== BACKSLASH) continue;
      if (c === QUOTE) break;
      // An escape needs JSON.parse; a raw control character is not JSON at all.
      if (c === BACKSLASH || c < 0x20) return false;
      if (c >= 0x80) ascii = false;
    }
    this.from = from;
    this.to = i;
    this.ascii = ascii;
    this.pos = i + 1;
    return true;
  }

  /** The last string as text. */
  text(): string {
    return this.buf.toString(this.ascii ? 'latin1' : 'utf8', this.from, this.to);
  }

  /** `hashKey` of the last string, without making it a string when it is ASCII. */
  hash(): number {
    if (!this.ascii) return hashKey(this.text());
    const { buf } = this;
    let hash = 0x811c9dc5;
    for (let i = this.from; i < this.to; i += 1) hash = Math.imul(hash ^ (buf[i] ?? 0), 0x01000193);
    return hash | 0;
  }

  /** The last string's position in `literals`, or -1. */
  literal(literals: readonly Buffer[]): number {
    for (let l = 0; l < literals.length; l += 1) {
      if (sameBytes(literals[l] ?? PREFIX, this.buf, this.from, this.to)) return l;
    }
    return -1;
  }

  optionalString(): boolean {
    this.isNull = this.word(NULL);
    return this.isNull || this.string();
  }

  /** A JSON number without an exponent (all `JSON.stringify` writes for these fields). */
  number(): boolean {
    const { buf } = this;
    let i = this.pos;
    const start = i;
    if (buf[i] === MINUS) i += 1;
    const digits = i;
    let c = buf[i] ?? 0;
    if (c < ZERO || c > NINE) return false;
    let value = 0;
    if (c === ZERO) {
      i += 1;
      c = buf[i] ?? 0;
    } else {
      while (c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        i += 1;
        c = buf[i] ?? 0;
      }
    }
    let exact = i - digits <= EXACT_DIGITS;
    if (c === DOT) {
      i += 1;
      c = buf[i] ?? 0;
      if (c < ZERO || c > NINE) return false;
      while (c >= ZERO && c <= NINE) {
        i += 1;
        c = buf[i] ?? 0;
      }
      exact = false;
    }
    // An exponent (or a digit after a leading zero) is left to JSON.parse.
    if (c !== COMMA && c !== CLOSE_ARRAY) return false;
    if (exact) this.value = buf[start] === MINUS ? -value : value;
    else this.value = Number(buf.toString('latin1', start, i));
    // Hundreds of digits read as Infinity, which `unpackSlim` refuses too.
    if (!Number.isFinite(this.value)) return false;
    this.pos = i;
    return true;
  }

  optionalNumber(): boolean {
    this.isNull = this.word(NULL);
    return this.isNull || this.number();
  }

  boolean(): boolean {
    return this.word(TRUE) || this.word(FALSE);
  }

  /** An empty array (a body without wrapper layers). */
  emptyArray(): boolean {
    if (this.buf[this.pos] !== OPEN_ARRAY || this.buf[this.pos + 1] !== CLOSE_ARRAY) return false;
    this.pos += 2;
    return true;
  }

  private word(bytes: Buffer): boolean {
    const { buf, pos } = this;
    for (let i = 0; i < bytes.length; i += 1) if (buf[pos + i] !== bytes[i]) return false;
    const next = buf[pos + bytes.length];
    if (next !== COMMA && next !== CLOSE_ARRAY) return false;
    this.pos = pos + bytes.length;
    return true;
  }
}

const cursor = new Cursor();
const names = new NameCache();

/**
 * Fills `out` from the lean JSON `buf[start..end]` of a `put` record and returns true, or
 * returns false (leaving `out` in any state) when the record needs the full parse.
 */
export function scanPut(buf: Buffer, start: number, end: number, out: RowValues): boolean {
  if (end - start < PREFIX.length + 2) return false;
  if (buf.compare(PREFIX, 0, PREFIX.length, start, start + PREFIX.length) !== 0) return false;
  if (buf[end - 1] !== CLOSE_OBJECT || buf[end - 2] !== CLOSE_ARRAY) return false;
  cursor.reset(buf, start + PREFIX.length, end - 2);
  const read = readElements(cursor, out);
  // The cursor outlives the segment: it must not keep its buffer alive.
  cursor.reset(NOTHING, 0, 0);
  return read;
}

const NOTHING = Buffer.alloc(0);

function readElements(c: Cursor, out: RowValues): boolean {
  // Positions as in PACKED_FIELDS (slim-packing.ts).
  if (!c.string()) return false; // 0 id
  out.id = c.text();
  if (!(c.comma() && c.optionalString())) return false; // 1 message.id
  if (!(c.comma() && c.string())) return false; // 2 correlationKey
  out.correlation = c.hash();
  if (!(c.comma() && c.string())) return false; // 3 accountId
  out.accountId = names.text(c);
  if (!(c.comma() && c.string())) return false; // 4 regionId
  out.regionId = names.text(c);
  if (!(c.comma() && c.string())) return false; // 5 queue
  out.queue = names.text(c);
  if (!(c.comma() && c.string() && c.comma() && c.string())) return false; // 6 messageId, 7 md5
  if (!(c.comma() && c.number())) return false; // 8 enqueueTime
  const enqueueTime = c.value;
  // 9 firstDequeueTime, 10 dequeueCount, 11 priority
  if (!(c.comma() && c.number() && c.comma() && c.number() && c.comma() && c.number())) {
    return false;
  }
  // 12 envelope receiptHandle, 13 nextVisibleTime, 14 layers, 15 problem
  if (!(c.comma() && c.optionalString() && c.comma() && c.optionalNumber())) return false;
  if (!(c.comma() && c.emptyArray() && c.comma() && c.optionalString())) return false;
  if (!(c.comma() && c.string())) return false; // 16 source
  out.source = c.literal(SOURCE_BYTES);
  if (!(c.comma() && c.string())) return false; // 17 eventType
  out.eventType = names.text(c);
  if (!(c.comma() && c.string())) return false; // 18 kind
  out.kind = c.literal(KIND_BYTES);
  if (!(c.comma() && c.string())) return false; // 19 outcome
  out.outcome = c.literal(OUTCOME_BYTES);
  if (out.source < 0 || out.kind < 0 || out.outcome < 0) return false;
  if (!(c.comma() && c.boolean())) return false; // 20 final
  // 21 keyId, 22 keyField, 23 jobId
  if (!(c.comma() && c.optionalString() && c.comma() && c.optionalString())) return false;
  if (!(c.comma() && c.optionalString())) return false;
  if (!(c.comma() && c.optionalNumber())) return false; // 24 eventTime
  out.time = c.isNull ? enqueueTime : c.value;
  if (!(c.comma() && c.string() && c.comma() && c.string())) return false; // 25 title, 26 subtitle
  if (!(c.comma() && c.string())) return false; // 27 state
  out.state = c.literal(STATE_BYTES);
  if (out.state < 0) return false;
  if (!(c.comma() && c.number() && c.comma() && c.number())) return false; // 28, 29 seen at
  out.lastSeenAt = c.value;
  if (!(c.comma() && c.optionalString())) return false; // 30 receiptHandle
  if (!(c.comma() && c.optionalNumber())) return false; // 31 leaseExpiresAt
  out.leaseExpiresAt = c.isNull ? undefined : c.value;
  if (!(c.comma() && c.number() && c.comma() && c.optionalString())) return false; // 32, 33
  return c.pos === c.end;
}

/** A 32-bit FNV-1a hash of `key`'s UTF-16 code units. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}
