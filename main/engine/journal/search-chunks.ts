// Search texts live in chunks of 512 rows joined into one string, so a text query is a few long
// native indexOf scans over contiguous memory instead of 100,000 short ones over scattered
// strings. Texts never hold a newline, so the newline between rows stops a match straddling two.
// Restore copies texts straight from the segment bytes into a chunk, making no string per row.
// Rows are only ever appended; a removed row's text stays until the index renumbers its rows.

/** Rows per chunk. */
export const CHUNK_ROWS = 512;
const NEWLINE = 0x0a;

interface Chunk {
  text: string;
  /** Start offset of each row's text; one more entry for the end (text length + 1). */
  starts: Int32Array;
}

/** The search texts of all rows, by row number. */
export class SearchChunks {
  private readonly sealed: Chunk[] = [];
  /** Rows of the open chunk, as strings or (at restore) as bytes in `bytes`. */
  private open: string[] = [];
  private bytes = Buffer.alloc(0);
  private byteStarts: number[] = [];
  private byteLength = 0;
  private readonly hits = new Uint8Array(CHUNK_ROWS);

  /** Number of rows. */
  get rows(): number {
    return this.sealed.length * CHUNK_ROWS + this.open.length + this.byteStarts.length;
  }

  /** Appends the text of the next row (lowercased, without newlines); returns its row. */
  push(text: string): number {
    this.openAsStrings();
    this.open.push(text);
    if (this.open.length === CHUNK_ROWS) this.seal(this.open.join('\n'), undefined);
    return this.rows - 1;
  }

  /** Appends the next row's text from UTF-8 bytes `buf[start..end]`; returns its row. */
  pushBytes(buf: Buffer, start: number, end: number): number {
    if (this.open.length > 0) return this.push(buf.toString('utf8', start, end));
    const need = this.byteLength + (end - start) + 1;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.bytes.length * 2, 1 << 20));
      this.bytes.copy(bigger, 0, 0, this.byteLength);
      this.bytes = bigger;
    }
    this.byteStarts.push(this.byteLength);
    this.byteLength += buf.copy(this.bytes, this.byteLength, start, end);
    this.bytes[this.byteLength++] = NEWLINE;
    if (this.byteStarts.length === CHUNK_ROWS) this.sealBytes();
    return this.rows - 1;
  }

  /** Fills the open chunk with empty rows, so the next row starts a chunk. */
  sealPartial(): void {
    this.openAsStrings();
    if (this.open.length === 0) return;
    while (this.open.length < CHUNK_ROWS) this.open.push('');
    this.seal(this.open.join('\n'), undefined);
  }

  /** The text of `row`. */
  text(row: number): string {
    this.openAsStrings();
    const chunk = this.sealed[Math.floor(row / CHUNK_ROWS)];
    if (!chunk) return this.open[row - this.sealed.length * CHUNK_ROWS] ?? '';
    const i = row % CHUNK_ROWS;
    return chunk.text.slice(chunk.starts[i] ?? 0, (chunk.starts[i + 1] ?? 1) - 1);
  }

  /** Sets `out[row]` to 1 when the row's text holds every word, else 0, for rows from `fromRow`. */
  match(words: readonly string[], fromRow: number, out: Uint8Array): void {
    this.openAsStrings();
    for (let c = Math.floor(fromRow / CHUNK_ROWS); c < this.sealed.length; c += 1) {
      const chunk = this.sealed[c];
      if (chunk) this.matchChunk(chunk, words, c * CHUNK_ROWS, out);
    }
    const base = this.sealed.length * CHUNK_ROWS;
    for (let i = Math.max(0, fromRow - base); i < this.open.length; i += 1) {
      const text = this.open[i] ?? '';
      out[base + i] = words.every((word) => text.includes(word)) ? 1 : 0;
    }
  }

  private matchChunk(chunk: Chunk, words: readonly string[], base: number, out: Uint8Array): void {
    const { hits } = this;
    const { text, starts } = chunk;
    words.forEach((word, w) => {
      hits.fill(0);
      let at = text.indexOf(word);
      while (at !== -1) {
        const row = rowAt(starts, at);
        hits[row] = 1;
        const next = starts[row + 1] ?? text.length;
        at = next < text.length ? text.indexOf(word, next) : -1;
      }
      for (let i = 0; i < CHUNK_ROWS; i += 1) {
        out[base + i] = w === 0 ? (hits[i] ?? 0) : (out[base + i] ?? 0) & (hits[i] ?? 0);
      }
    });
  }

  private seal(text: string, starts: Int32Array | undefined): void {
    this.sealed.push({ text, starts: starts ?? startsOf(this.open) });
    this.open = [];
  }

  private sealBytes(): void {
    const text = this.bytes.toString('utf8', 0, this.byteLength);
    if (text.length === this.byteLength) {
      // Every byte became one UTF-16 unit (ASCII), so byte offsets are string offsets.
      const starts = Int32Array.from([...this.byteStarts, this.byteLength]);
      this.resetBytes();
      this.seal(text, starts);
    } else {
      this.openAsStrings();
      this.seal(this.open.join('\n'), undefined);
    }
  }

  /** Turns rows held as bytes into strings, for anything but appending at restore. */
  private openAsStrings(): void {
    if (this.byteStarts.length === 0) return;
    const ends = [...this.byteStarts.slice(1), this.byteLength];
    this.open = this.byteStarts.map((start, i) =>
      this.bytes.toString('utf8', start, (ends[i] ?? start + 1) - 1),
    );
    this.resetBytes();
  }

  private resetBytes(): void {
    this.byteStarts = [];
    this.byteLength = 0;
    // Keep the buffer for the next chunk only while restoring fills chunks quickly.
    if (this.bytes.length > 4 << 20) this.bytes = Buffer.alloc(0);
  }
}

function startsOf(rows: readonly string[]): Int32Array {
  const starts = new Int32Array(CHUNK_ROWS + 1);
  let offset = 0;
  rows.forEach((row, i) => {
    starts[i] = offset;
    offset += row.length + 1;
  });
  starts[CHUNK_ROWS] = offset;
  return starts;
}

/** The row whose text contains offset `at`. */
function rowAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = CHUNK_ROWS - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
