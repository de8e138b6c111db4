// Search texts live in chunks of up to 512 rows joined into one text, so a text query is a few
// long native indexOf scans over contiguous memory instead of 100,000 short ones over scattered
// strings. Texts never hold a newline, so the newline between rows stops a match straddling two.
// ASCII texts (nearly all) are kept as bytes, outside the JS heap: restore copies them from the
// segment file without making strings, and Buffer.indexOf scans bytes as fast as String.indexOf
// scans a one-byte string. The rest are joined into strings, in chunks of their own.

import { isAscii } from 'node:buffer';

/** Most rows a chunk holds. */
export const CHUNK_ROWS = 512;
const NEWLINE = 0x0a;
/** Chunks sampled to tell how often bytes occur and which word of a query to scan for first. */
const SAMPLE_CHUNKS = 4;
const NON_ASCII = /[\u0080-\uffff]/;
const NO_BYTES = Buffer.alloc(0);

interface Chunk {
  /** The rows' texts, each followed by a newline but the last: ASCII bytes, or a string. */
  text: Buffer | string;
  /** Start offset of each row's text, and one past the end (text length + 1). */
  starts: Int32Array;
  /** The row numbers, ascending. */
  rows: Int32Array;
}

/** A query word, and how ASCII chunks are scanned for it. */
interface Word {
  text: string;
  /** Its bytes; undefined when it cannot be in an ASCII chunk. */
  bytes: Buffer | undefined;
  /**
   * What a scan looks for: a few bytes of the word from `probeAt` on, starting with a rare byte,
   * or the whole word. A native scan for a short pattern stops at every occurrence of its first
   * byte, so `snapshot` runs faster as `hot` and `workflow` as `kflow`.
   */
  probe: Buffer;
  probeAt: number;
  /** Roughly how many milliseconds a scan of 100,000 texts for the probe takes. */
  scan: number;
}

/** Bytes of the word a probe keeps: at least PROBE_MIN (or all of a shorter word), at most MAX. */
const PROBE_MIN = 2;
const PROBE_MAX = 6;

/** Which bytes texts are made of, from a sample, for choosing probes. */
interface ByteCounts {
  counts: Float64Array;
  total: number;
  /** How many chunks were sealed when counted. */
  sealed: number;
}

/** Search texts by row number. */
export class SearchChunks {
  private readonly sealed: Chunk[] = [];
  private bytes = Buffer.alloc(0);
  private byteLength = 0;
  private byteStarts: number[] = [];
  private byteRows: number[] = [];
  private wideTexts: string[] = [];
  private wideRows: number[] = [];
  private nextRow = 0;
  private readonly hits = new Uint8Array(CHUNK_ROWS);
  private counted: ByteCounts | undefined;

  /** Number of rows given out. */
  get rows(): number {
    return this.nextRow;
  }

  /** Number of sealed chunks: they never change, so matches found in them stay valid. */
  get sealedCount(): number {
    return this.sealed.length;
  }

  /** Appends the next row's text (lowercased, without newlines); returns its row. */
  push(text: string): number {
    if (NON_ASCII.test(text)) return this.pushWide(text);
    const row = this.reserveBytes(text.length);
    this.byteLength += this.bytes.write(text, this.byteLength, 'latin1');
    return this.endBytesRow(row);
  }

  /** Appends the next row's text from UTF-8 bytes `buf[start..end]`; returns its row. */
  pushBytes(buf: Buffer, start: number, end: number): number {
    if (!isAscii(buf.subarray(start, end))) return this.pushWide(buf.toString('utf8', start, end));
    const row = this.reserveBytes(end - start);
    this.byteLength += buf.copy(this.bytes, this.byteLength, start, end);
    return this.endBytesRow(row);
  }

  /** Seals the open chunks however few rows they hold (after renumbering). */
  sealOpen(): void {
    if (this.byteRows.length > 0) this.sealed.push(this.sealAscii());
    if (this.wideRows.length > 0) this.sealed.push(this.openWide());
    this.byteLength = 0;
    this.byteStarts = [];
    this.byteRows = [];
    this.wideTexts = [];
    this.wideRows = [];
  }

  /** Every row's text, chunk by chunk (not in row order). */
  forEach(visit: (row: number, text: string) => void): void {
    for (const { text, starts, rows } of [...this.sealed, this.openAscii(), this.openWide()]) {
      rows.forEach((row, i) => {
        const from = starts[i] ?? 0;
        const to = (starts[i + 1] ?? 1) - 1;
        visit(
          row,
          typeof text === 'string' ? text.slice(from, to) : text.toString('latin1', from, to),
        );
      });
    }
  }

  /**
   * Sets `out[row]` to 1 when the row's text holds every word, else 0, for the rows of sealed
   * chunks from `fromChunk` on and of the open chunks.
   */
  match(words: readonly string[], fromChunk: number, out: Uint8Array): void {
    const samples = this.samples();
    const frequency = this.byteFrequency(samples);
    const prepared = words.map((text) => prepareWord(text, frequency));
    // The cheapest word first: one scan finds its rows, and the others only look at those.
    const ordered = prepared.length > 1 ? this.cheapestFirst(prepared, samples) : prepared;
    for (let c = fromChunk; c < this.sealed.length; c += 1) {
      const chunk = this.sealed[c];
      if (chunk) this.matchChunk(chunk, ordered, out);
    }
    this.matchChunk(this.openAscii(), ordered, out);
    this.matchChunk(this.openWide(), ordered, out);
  }

  /** A few chunks spread over the texts, to estimate from. */
  private samples(): Chunk[] {
    const { sealed } = this;
    const step = Math.max(1, Math.floor(sealed.length / SAMPLE_CHUNKS));
    const samples: Chunk[] = [];
    for (let c = 0; c < sealed.length && samples.length < SAMPLE_CHUNKS; c += step) {
      const chunk = sealed[c];
      if (chunk) samples.push(chunk);
    }
    if (samples.length === 0) samples.push(this.openAscii(), this.openWide());
    return samples;
  }

  /** How often each byte occurs in the ASCII texts (counted again as they grow by a quarter). */
  private byteFrequency(samples: readonly Chunk[]): (byte: number) => number {
    let counted = this.counted;
    if (!counted || this.sealed.length > counted.sealed * 1.25 + 1) {
      const counts = new Float64Array(256);
      let total = 0;
      for (const { text } of samples) {
        if (typeof text === 'string') continue;
        for (let i = 0; i < text.length; i += 1) {
          const byte = text[i] ?? 0;
          counts[byte] = (counts[byte] ?? 0) + 1;
        }
        total += text.length;
      }
      counted = { counts, total: Math.max(1, total), sealed: this.sealed.length };
      this.counted = counted;
    }
    const { counts, total } = counted;
    return (byte) => (counts[byte] ?? 0) / total;
  }

  /**
   * `words`, the one whose scan plus the narrowing after it should cost least first (see
   * `scanMs`; checking one row for a word takes about 0.5 µs).
   */
  private cheapestFirst(words: readonly Word[], samples: readonly Chunk[]): Word[] {
    const scratch = new Uint8Array(CHUNK_ROWS);
    const sampleRows = samples.reduce((sum, chunk) => sum + chunk.rows.length, 0);
    const scale = this.nextRow / Math.max(1, sampleRows);
    const cost = new Map<Word, number>();
    for (const word of words) {
      let found = 0;
      for (const chunk of samples) found += findAll(chunk, word, scratch);
      const scan = (this.nextRow / 100_000) * word.scan;
      cost.set(word, scan + 0.0005 * found * scale * (words.length - 1));
    }
    return [...words].sort(
      (a, b) => (cost.get(a) ?? 0) - (cost.get(b) ?? 0) || b.text.length - a.text.length,
    );
  }

  private matchChunk(chunk: Chunk, words: readonly Word[], out: Uint8Array): void {
    const { hits } = this;
    const { rows } = chunk;
    const count = rows.length;
    let found = 0;
    for (let w = 0; w < words.length; w += 1) {
      const word = words[w] ?? prepareWord('', () => 0);
      found = w === 0 ? findAll(chunk, word, hits) : keepHolding(chunk, word, hits);
      if (found === 0) break;
    }
    for (let i = 0; i < count; i += 1) out[rows[i] ?? 0] = found === 0 ? 0 : (hits[i] ?? 0);
  }

  private reserveBytes(length: number): number {
    const need = this.byteLength + length + 1;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.bytes.length * 2, 1 << 16));
      this.bytes.copy(bigger, 0, 0, this.byteLength);
      this.bytes = bigger;
    }
    this.byteStarts.push(this.byteLength);
    return this.nextRow++;
  }

  private endBytesRow(row: number): number {
    this.bytes[this.byteLength++] = NEWLINE;
    this.byteRows.push(row);
    if (this.byteRows.length === CHUNK_ROWS) {
      this.sealed.push(this.sealAscii());
      this.byteLength = 0;
      this.byteStarts = [];
      this.byteRows = [];
    }
    return row;
  }

  private pushWide(text: string): number {
    const row = this.nextRow++;
    this.wideTexts.push(text);
    this.wideRows.push(row);
    if (this.wideRows.length === CHUNK_ROWS) {
      this.sealed.push(this.openWide());
      this.wideTexts = [];
      this.wideRows = [];
    }
    return row;
  }

  /** The open ASCII rows as a chunk (a view of bytes that later rows only append to). */
  private openAscii(): Chunk {
    return {
      text: this.bytes.subarray(0, Math.max(0, this.byteLength - 1)),
      starts: Int32Array.from([...this.byteStarts, this.byteLength]),
      rows: Int32Array.from(this.byteRows),
    };
  }

  /** Seals the open ASCII rows (the caller then starts the next chunk). */
  private sealAscii(): Chunk {
    const open = this.openAscii();
    const used = this.byteLength;
    const nearlyFull = this.bytes.length - used <= used >> 3;
    // The next chunk gets a buffer of its own, sized like this one's texts (chunks are alike).
    this.bytes = Buffer.allocUnsafeSlow(used + (used >> 3));
    // A nearly full buffer becomes the chunk's as it is; one that grew past its size is copied.
    return nearlyFull ? open : { ...open, text: Buffer.from(open.text) };
  }

  private openWide(): Chunk {
    const starts = new Int32Array(this.wideTexts.length + 1);
    let offset = 0;
    this.wideTexts.forEach((text, i) => {
      starts[i] = offset;
      offset += text.length + 1;
    });
    starts[this.wideTexts.length] = offset;
    return { text: this.wideTexts.join('\n'), starts, rows: Int32Array.from(this.wideRows) };
  }
}

/**
 * Milliseconds a scan of 100,000 texts (64 MB) for `bytes` takes, roughly, as measured on a
 * 2-core machine: a pattern shorter than 7 bytes is found by memchr on its first byte, so it
 * costs 3 ms plus 8 ms per percent of bytes that are that byte; a longer one by Boyer-Moore-
 * Horspool, which took 17 to 30 ms for words and 12 ms for a 32-digit id.
 */
function scanMs(bytes: Buffer, frequency: (byte: number) => number): number {
  return bytes.length < 7 ? 3 + 800 * frequency(bytes[0] ?? 0) : 22;
}

/** `text` ready to search for, its probe chosen by how often bytes occur. */
function prepareWord(text: string, frequency: (byte: number) => number): Word {
  if (NON_ASCII.test(text)) return { text, bytes: undefined, probe: NO_BYTES, probeAt: 0, scan: 0 };
  const bytes = Buffer.from(text, 'latin1');
  const keep = Math.min(bytes.length, PROBE_MIN);
  let at = 0;
  for (let i = 1; i + keep <= bytes.length; i += 1) {
    if (frequency(bytes[i] ?? 0) < frequency(bytes[at] ?? 0)) at = i;
  }
  const plain = scanMs(bytes, frequency);
  const probe = bytes.subarray(at, at + PROBE_MAX);
  // Each match of a probe is checked in JS: it has to save a good part of the scan.
  const probed = at === 0 ? plain : scanMs(probe, frequency) + 1;
  return probed < plain * 0.8
    ? { text, bytes, probe, probeAt: at, scan: probed }
    : { text, bytes, probe: bytes, probeAt: 0, scan: plain };
}

/** Marks in `hits` the rows of `chunk` whose text holds `word`, in one scan; returns how many. */
function findAll(chunk: Chunk, word: Word, hits: Uint8Array): number {
  const { text } = chunk;
  hits.fill(0, 0, chunk.rows.length);
  if (typeof text === 'string') {
    return markRows(chunk, text.length, (from) => text.indexOf(word.text, from), hits);
  }
  const { bytes, probe, probeAt } = word;
  if (!bytes) return 0;
  if (probeAt === 0) return markRows(chunk, text.length, (from) => text.indexOf(bytes, from), hits);
  // Occurrences of the probe where the whole word is, found from `from` (a word start) on.
  const find = (from: number): number => {
    let at = text.indexOf(probe, from + probeAt);
    while (at !== -1 && !holdsAt(text, bytes, at - probeAt)) at = text.indexOf(probe, at + 1);
    return at === -1 ? -1 : at - probeAt;
  };
  return markRows(chunk, text.length, find, hits);
}

/** Whether `text` holds `bytes` at offset `start`. */
function holdsAt(text: Buffer, bytes: Buffer, start: number): boolean {
  if (start < 0 || start + bytes.length > text.length) return false;
  for (let i = 0; i < bytes.length; i += 1) if (text[start + i] !== bytes[i]) return false;
  return true;
}

/** Marks the rows holding the occurrences `find(from)` finds (-1: none from there on). */
function markRows(
  chunk: Chunk,
  length: number,
  find: (from: number) => number,
  hits: Uint8Array,
): number {
  const { starts } = chunk;
  const count = chunk.rows.length;
  let found = 0;
  let i = 0;
  let at = find(0);
  while (at !== -1) {
    i = indexAt(starts, i, count, at);
    hits[i] = 1;
    found += 1;
    // On from the next row: one hit per row is enough.
    const next = starts[i + 1] ?? length;
    at = next < length ? find(next) : -1;
  }
  return found;
}

/**
 * Clears in `hits` the rows that do not also hold `word`; returns how many are left. Only the
 * marked rows are searched, each within its own text, so the cost follows the rows kept so far.
 */
function keepHolding(chunk: Chunk, word: Word, hits: Uint8Array): number {
  const { text, starts } = chunk;
  const count = chunk.rows.length;
  const bytes = word.bytes;
  let found = 0;
  for (let i = 0; i < count; i += 1) {
    if (hits[i] === 0) continue;
    const start = starts[i] ?? 0;
    // A row's text ends at the newline before the next row's start.
    const end = (starts[i + 1] ?? 0) - 1;
    const holds =
      typeof text === 'string'
        ? text.slice(start, end).includes(word.text)
        : bytes !== undefined && text.subarray(start, end).includes(bytes);
    if (holds) found += 1;
    else hits[i] = 0;
  }
  return found;
}

/** The index (at least `from`) of the row whose text contains offset `at`. */
function indexAt(starts: Int32Array, from: number, count: number, at: number): number {
  let low = from;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
