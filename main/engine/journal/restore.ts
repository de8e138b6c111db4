// Restore at open: drop leftovers of an interrupted compaction, repair torn tails, replay the
// surviving segments in order. Damage is repaired or reported, never thrown.
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import type { JournalHooks, JournalRecovery } from './journal-types';
import { NEWLINE, verifyLine } from './record-codec';
import type { ReplayContext } from './replay';
import { recordType, replayLine } from './replay';
import { fsyncDir, listSegments, segmentName } from './segment-file';
import { SegmentScanner, cutTail } from './tail-repair';

/** Bytes read at a time: small enough to stay in the CPU cache while they are replayed. */
const WINDOW_BYTES = 4 * 1024 * 1024;

/** The segment files that survived restore, with their sizes, and what was repaired. */
export interface RestoredFiles {
  sizes: Map<number, number>;
  /** The highest segment number ever seen (0 when none). */
  lastSegment: number;
  recovery: JournalRecovery;
}

/** Reads every segment of `dir` into `ctx.index`, repairing as it goes. */
export async function restore(
  dir: string,
  ctx: ReplayContext,
  now: number,
  hooks: JournalHooks | undefined,
): Promise<RestoredFiles> {
  const recovery: JournalRecovery = {
    truncatedBytes: 0,
    quarantinedFiles: [],
    corruptRecords: [],
    unreadableRecords: 0,
    removedFiles: [],
  };
  const { segments, temps } = await listSegments(dir);
  // A temp file is a compaction that never got renamed: the segments it copied are all intact.
  for (const name of temps) await removeFile(dir, name, recovery);
  const base = await newestBase(dir, segments);
  const live = segments.filter((n) => n >= base);
  // Segments below a finished compaction's output were superseded by it.
  for (const n of segments) if (n < base) await removeFile(dir, segmentName(n), recovery);
  if (recovery.removedFiles.length > 0) await fsyncDir(dir, hooks);

  const sizes = new Map<number, number>();
  const reader = new WindowedReader();
  ctx.index.beginBulk();
  try {
    for (const n of live) {
      const name = segmentName(n);
      // Good records are applied as they are found: wherever the cut falls, they stay.
      const scanner = new SegmentScanner((buf, line, base) => {
        if (!replayLine(buf, line, base, n, ctx)) recovery.unreadableRecords += 1;
      });
      const { size, restOffset, restLength } = await reader.scan(join(dir, name), scanner);
      const scan = scanner.finish(restOffset, restLength);
      for (const bad of scan.damaged) recovery.corruptRecords.push({ file: name, ...bad });
      if (scan.goodEnd < size) {
        recovery.quarantinedFiles.push(await cutTail(dir, name, scan.goodEnd, now, hooks));
        recovery.truncatedBytes += size - scan.goodEnd;
      }
      sizes.set(n, scan.goodEnd);
    }
  } finally {
    ctx.index.endBulk();
  }
  return { sizes, lastSegment: segments.at(-1) ?? 0, recovery };
}

/**
 * Reads a segment a window of a few MB at a time, into two buffers used in turn: the next
 * window is read while this one is checked and replayed, whose bytes are then still in the CPU
 * cache, and no memory the size of a segment is touched. Nothing keeps a view of a window past
 * a line's replay (texts and lean records are copied out).
 */
class WindowedReader {
  private readonly buffers = [Buffer.alloc(0), Buffer.alloc(0)];

  /** Feeds the file at `path` to `scanner`; returns its size and where its unfinished end lies. */
  async scan(
    path: string,
    scanner: SegmentScanner,
  ): Promise<{ size: number; restOffset: number; restLength: number }> {
    const handle = await open(path, 'r');
    let current = this.window(0, WINDOW_BYTES);
    let spare = this.window(1, WINDOW_BYTES);
    let pending: Promise<number> | undefined;
    try {
      const { size } = await handle.stat();
      const readInto = (buf: Buffer, at: number, position: number): Promise<number> =>
        position >= size
          ? Promise.resolve(0)
          : handle
              .read(buf, at, Math.min(buf.length - at, size - position), position)
              .then(({ bytesRead }) => bytesRead);
      /** File offset of `current`'s first byte, bytes in it, next offset to read. */
      let base = 0;
      let filled = 0;
      let position = 0;
      pending = readInto(current, 0, 0);
      for (;;) {
        const bytesRead = await pending;
        pending = undefined;
        if (bytesRead === 0) break;
        position += bytesRead;
        filled += bytesRead;
        // Complete lines are replayed now; the unfinished last one moves to the next window.
        const done = current.subarray(0, filled).lastIndexOf(NEWLINE) + 1;
        const carry = filled - done;
        // A line longer than half a window: make room for the rest of it.
        if (carry * 2 > spare.length) spare = this.window(1, spare.length * 2 + carry);
        pending = readInto(spare, carry, position);
        if (done > 0) scanner.scan(current.subarray(0, done), base);
        current.copy(spare, 0, done, filled);
        base += done;
        filled = carry;
        [current, spare] = [spare, current];
        this.buffers.reverse();
      }
      return { size: position, restOffset: base, restLength: filled };
    } finally {
      // A read still running when replay failed must finish before its file is closed.
      await pending?.catch(() => 0);
      await handle.close();
    }
  }

  /** Buffer `i`, at least `bytes` long. */
  private window(i: number, bytes: number): Buffer {
    const known = this.buffers[i] ?? Buffer.alloc(0);
    if (known.length >= bytes) return known;
    const bigger = Buffer.allocUnsafeSlow(bytes);
    this.buffers[i] = bigger;
    return bigger;
  }
}

async function removeFile(dir: string, name: string, recovery: JournalRecovery): Promise<void> {
  await unlink(join(dir, name));
  recovery.removedFiles.push(name);
}

/** The number of the newest segment that opens with a `base` record, or 0. */
async function newestBase(dir: string, segments: readonly number[]): Promise<number> {
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const n = segments[i];
    if (n !== undefined && (await opensWithBase(join(dir, segmentName(n))))) return n;
  }
  return 0;
}

async function opensWithBase(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
    const line = end === -1 ? undefined : verifyLine(buffer, 0, end);
    return line !== undefined && recordType(buffer, line) === 'base';
  } finally {
    await handle.close();
  }
}
