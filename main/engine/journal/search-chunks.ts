// Search texts live in chunks of up to 512 rows joined into one string, so a text query is a few
// long native indexOf scans over contiguous memory instead of 100,000 short ones over scattered
// strings. Texts never hold a newline, so the newline between rows stops a match straddling two.
// ASCII texts and the rest fill separate chunks: one non-ASCII character would make V8 store a
// whole chunk two bytes per character. ASCII texts are kept as bytes until sealed, which lets
// restore copy them straight from the segment file without making a string per row.

import { isAscii } from 'node:buffer';

/** Most rows a chunk holds. */
export const CHUNK_ROWS = 512;
const NEWLINE = 0x0a;
const NON_ASCII = /[\u0080-\uffff]/;

interface Chunk {
  text: string;
  /** Start offset of each row's text, and one past the end (text length + 1). */
  starts: Int32Array;
  /** The row numbers, ascending. */
  rows: Int32Array;
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
    if (this.byteRows.length > 0) this.sealed.push(this.openAscii());
    if (this.wideRows.length > 0) this.sealed.push(this.openWide());
    this.byteLength = 0;
    this.byteStarts = [];
    this.byteRows = [];
    this.wideTexts = [];
    this.wideRows = [];
  }

  /** Every row's text, chunk by chunk (not in row order). */
  forEach(visit: (row: number, text: string) => void): void {
    for (const chunk of [...this.sealed, this.openAscii(), this.openWide()]) {
      chunk.rows.forEach((row, i) => {
        visit(row, chunk.text.slice(chunk.starts[i] ?? 0, (chunk.starts[i + 1] ?? 1) - 1));
      });
    }
  }

  /**
   * Sets `out[row]` to 1 when the row's text holds every word, else 0, for the rows of sealed
   * chunks from `fromChunk` on and of the open chunks.
   */
  match(words: readonly string[], fromChunk: number, out: Uint8Array): void {
    for (let c = fromChunk; c < this.sealed.length; c += 1) {
      const chunk = this.sealed[c];
      if (chunk) this.matchChunk(chunk, words, out);
    }
    this.matchChunk(this.openAscii(), words, out);
    this.matchChunk(this.openWide(), words, out);
  }

  private matchChunk(chunk: Chunk, words: readonly string[], out: Uint8Array): void {
    const { hits } = this;
    const { text, starts, rows } = chunk;
    words.forEach((word, w) => {
      hits.fill(0);
      let at = text.indexOf(word);
      while (at !== -1) {
        const i = indexAt(starts, rows.length, at);
        hits[i] = 1;
        const next = starts[i + 1] ?? text.length;
        at = next < text.length ? text.indexOf(word, next) : -1;
      }
      rows.forEach((row, i) => {
        out[row] = w === 0 ? (hits[i] ?? 0) : (out[row] ?? 0) & (hits[i] ?? 0);
      });
    });
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
      this.sealed.push(this.openAscii());
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

  /** The open ASCII rows as a chunk (its text decoded afresh: they may have grown). */
  private openAscii(): Chunk {
    return {
      // latin1 of ASCII bytes is the same text, and makes a one-byte string without checking.
      text: this.bytes.toString('latin1', 0, Math.max(0, this.byteLength - 1)),
      starts: Int32Array.from([...this.byteStarts, this.byteLength]),
      rows: Int32Array.from(this.byteRows),
    };
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

/** The index of the row whose text contains offset `at`. */
function indexAt(starts: Int32Array, count: number, at: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
