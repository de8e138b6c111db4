// The journal's files and memory together: the index, the segment sizes, and the active writer.
// Callers serialize access through the journal's queue.
import { join } from 'node:path';

import type { RecordLocation } from './journal-index';
import { JournalIndex } from './journal-index';
import type { JournalHooks, JournalTuning } from './journal-types';
import { Interner } from './json-reader';
import { SegmentWriter, segmentName } from './segment-file';
import { OriginPool } from './slim-entry';

/** Tuning with every default filled in. */
export type Tuning = Required<JournalTuning>;

/** Default tuning: 64 MB segments; compact past 50% dead once there are 8 MB. */
export const DEFAULT_TUNING: Tuning = {
  segmentMaxBytes: 64 * 1024 * 1024,
  compactMinBytes: 8 * 1024 * 1024,
  compactDeadRatio: 0.5,
};

/** Memory and files of one open journal. */
export class JournalStore {
  readonly intern = new Interner();
  readonly origins = new OriginPool();
  readonly index = new JournalIndex(this.intern, this.origins);
  /** Every segment file on disk, by number, with its size. */
  readonly sizes = new Map<number, number>();
  nextSegment = 1;
  private active: SegmentWriter | undefined;

  constructor(
    readonly dir: string,
    readonly tuning: Tuning,
    readonly hooks: JournalHooks | undefined,
  ) {}

  /** Path of segment `n`. */
  path(n: number): string {
    return join(this.dir, segmentName(n));
  }

  /** Bytes in all segment files. */
  get totalBytes(): number {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    return total;
  }

  /** Opens the newest segment for appending, or creates the first one. */
  async openActive(): Promise<void> {
    const last = [...this.sizes.keys()].at(-1);
    if (last === undefined) await this.roll();
    else
      this.active = await SegmentWriter.reopen(
        this.dir,
        last,
        this.sizes.get(last) ?? 0,
        this.hooks,
      );
  }

  /** Closes the active segment and starts the next one. */
  async roll(): Promise<void> {
    const previous = this.active;
    this.active = undefined;
    await previous?.close();
    const n = this.nextSegment++;
    this.active = await SegmentWriter.create(this.dir, n, this.hooks);
    this.sizes.set(n, 0);
  }

  /** Appends `lines` to the active segment; with `sync`, resolves once they are on disk. */
  async write(lines: readonly Buffer[], sync: boolean): Promise<RecordLocation[]> {
    if (!this.active || this.active.size >= this.tuning.segmentMaxBytes) await this.roll();
    const writer = this.active;
    if (!writer) throw new Error('The journal has no active segment');
    let offset = await writer.append(lines, sync);
    this.sizes.set(writer.number, writer.size);
    return lines.map((line) => {
      const at = { segment: writer.number, offset, length: line.length };
      offset += line.length;
      return at;
    });
  }

  /** True when dead records make up enough of the files to be worth a compaction. */
  shouldCompact(): boolean {
    const total = this.totalBytes;
    return (
      total >= this.tuning.compactMinBytes &&
      total - this.index.liveBytes > this.tuning.compactDeadRatio * total
    );
  }

  /** Flushes and closes the active segment. */
  async close(): Promise<void> {
    const writer = this.active;
    this.active = undefined;
    await writer?.close();
  }
}
