// Segment files are named by an ever-increasing number; replay reads them in that order. The
// writer appends whole lines at a known offset and, when a write fails, cuts the file back so a
// half-written batch can never sit in front of later records.
import type { FileHandle } from 'node:fs/promises';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { JournalHooks } from './journal-types';

const SEGMENT_FILE = /^segment-(\d{8})\.jnl$/;
/** Suffix of a compaction's output before it is renamed into place. */
export const TEMP_SUFFIX = '.tmp';

/** The file name of segment `n`. */
export function segmentName(n: number): string {
  return `segment-${String(n).padStart(8, '0')}.jnl`;
}

/** Segment numbers (ascending) and leftover temporary files in `dir`. */
export async function listSegments(dir: string): Promise<{ segments: number[]; temps: string[] }> {
  const names = await readdir(dir);
  const segments: number[] = [];
  const temps: string[] = [];
  for (const name of names) {
    const match = SEGMENT_FILE.exec(name);
    if (match?.[1] !== undefined) segments.push(Number(match[1]));
    else if (name.startsWith('segment-') && name.endsWith(TEMP_SUFFIX)) temps.push(name);
  }
  return { segments: segments.sort((a, b) => a - b), temps };
}

/** Makes a directory's entries (created, renamed, removed files) durable. */
export async function fsyncDir(dir: string, hooks: JournalHooks | undefined): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the metadata itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  hooks?.synced?.('dir', dir);
}

/** Appends to one segment file. */
export class SegmentWriter {
  private broken: Error | undefined;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    readonly number: number,
    private bytes: number,
    private readonly hooks: JournalHooks | undefined,
  ) {}

  /** Creates segment `n` (which must not exist) and makes its name durable. */
  static async create(
    dir: string,
    n: number,
    hooks: JournalHooks | undefined,
  ): Promise<SegmentWriter> {
    const path = join(dir, segmentName(n));
    const handle = await open(path, 'wx');
    await fsyncDir(dir, hooks);
    return new SegmentWriter(handle, path, n, 0, hooks);
  }

  /** Opens existing segment `n`, already repaired to `size` bytes, to append to it. */
  static async reopen(
    dir: string,
    n: number,
    size: number,
    hooks: JournalHooks | undefined,
  ): Promise<SegmentWriter> {
    const path = join(dir, segmentName(n));
    return new SegmentWriter(await open(path, 'r+'), path, n, size, hooks);
  }

  /** Bytes in the file. */
  get size(): number {
    return this.bytes;
  }

  /** Writes `lines` after the last record; with `sync`, resolves only once they are on disk. */
  async append(lines: readonly Buffer[], sync: boolean): Promise<number> {
    if (this.broken) throw this.broken;
    const start = this.bytes;
    const data = lines.length === 1 && lines[0] ? lines[0] : Buffer.concat(lines);
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(
          data,
          written,
          data.length - written,
          start + written,
        );
        written += bytesWritten;
      }
      if (sync) await this.sync();
    } catch (error) {
      await this.cutBack(start, error);
      throw error;
    }
    this.bytes = start + data.length;
    return start;
  }

  /** Flushes everything written so far to disk. */
  async sync(): Promise<void> {
    await this.handle.sync();
    this.hooks?.synced?.('file', this.path);
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    try {
      if (!this.broken) await this.sync();
    } finally {
      await this.handle.close();
    }
  }

  private async cutBack(size: number, cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(size);
      await this.handle.sync();
    } catch {
      // The file may now end in a partial batch; appending after it would bury later records
      // behind garbage, so refuse further writes (the next start repairs the tail).
      this.broken = new Error(`Journal segment ${this.path} is unwritable`, { cause });
    }
  }
}
