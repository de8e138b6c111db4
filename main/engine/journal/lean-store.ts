// The lean JSON of each row's `put` record, kept as bytes outside the JS heap: an entry object is
// built from them only when someone asks for it (a page of a query, a get, a merge). 100,000
// frozen entries cost more memory than their bytes, and building them all at restore cost more
// time (and garbage collection) than reading the journal did. Blocks are append-only, so a view
// of a row stays valid after the index moves on to a new store (compaction reads such views).

/** Bytes per block; a longer record gets a block of its own. */
const BLOCK_BYTES = 1024 * 1024;

/** Lean record bytes by row number. */
export class LeanStore {
  private readonly blocks: Buffer[] = [];
  private current = Buffer.alloc(0);
  private used = 0;
  private block = new Int32Array(0);
  private start = new Int32Array(0);
  private length = new Int32Array(0);

  /** Stores row `row`'s bytes `src[from..to]`. */
  set(row: number, src: Buffer, from: number, to: number): void {
    const size = to - from;
    if (this.used + size > this.current.length) {
      // Unpooled: a pooled slice would pin Node's shared 8 KB pool pages.
      this.current = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, size));
      this.blocks.push(this.current);
      this.used = 0;
    }
    this.reserve(row + 1);
    src.copy(this.current, this.used, from, to);
    this.block[row] = this.blocks.length - 1;
    this.start[row] = this.used;
    this.length[row] = size;
    this.used += size;
  }

  /** Copies row `from` of `source` into row `to`. */
  copyRow(source: LeanStore, from: number, to: number): void {
    const bytes = source.view(from);
    this.set(to, bytes, 0, bytes.length);
  }

  /** The bytes of row `row` (a view: valid for as long as the caller holds it). */
  view(row: number): Buffer {
    const block = this.blocks[this.block[row] ?? -1] ?? Buffer.alloc(0);
    const start = this.start[row] ?? 0;
    return block.subarray(start, start + (this.length[row] ?? 0));
  }

  /** Row `row`'s bytes decoded as UTF-8 text. */
  text(row: number): string {
    const block = this.blocks[this.block[row] ?? -1];
    const start = this.start[row] ?? 0;
    return block ? block.toString('utf8', start, start + (this.length[row] ?? 0)) : '';
  }

  private reserve(rows: number): void {
    if (rows <= this.block.length) return;
    const size = Math.max(1024, this.block.length * 2, rows);
    this.block = grow(this.block, size);
    this.start = grow(this.start, size);
    this.length = grow(this.length, size);
  }
}

function grow(old: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(old);
  return bigger;
}
