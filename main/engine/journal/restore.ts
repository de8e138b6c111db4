// Restore at open: drop leftovers of an interrupted compaction, repair torn tails, replay the
// surviving segments in order. Damage is repaired or reported, never thrown.
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import type { JournalHooks, JournalRecovery } from './journal-types';
import { verifyLine, NEWLINE } from './record-codec';
import type { ReplayContext } from './replay';
import { recordType, replayLine } from './replay';
import { fsyncDir, listSegments, segmentName } from './segment-file';
import { cutTail, scanSegment } from './tail-repair';

const READ_STEP = 64 * 1024 * 1024;

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
  const reader = new WholeFileReader();
  ctx.index.beginBulk();
  try {
    for (const n of live) {
      const name = segmentName(n);
      const buf = await reader.read(join(dir, name));
      // Good records are applied as they are found: wherever the cut falls, they stay.
      const scan = scanSegment(buf, (line) => {
        if (!replayLine(buf, line, n, ctx)) recovery.unreadableRecords += 1;
      });
      for (const bad of scan.damaged) recovery.corruptRecords.push({ file: name, ...bad });
      if (scan.goodEnd < buf.length) {
        recovery.quarantinedFiles.push(await cutTail(dir, name, buf, scan.goodEnd, now, hooks));
        recovery.truncatedBytes += buf.length - scan.goodEnd;
      }
      sizes.set(n, scan.goodEnd);
    }
  } finally {
    ctx.index.endBulk();
  }
  return { sizes, lastSegment: segments.at(-1) ?? 0, recovery };
}

/**
 * Reads whole files into one reused buffer. Nothing keeps a view of a segment's bytes past its
 * replay (texts are copied out), and a fresh 64 MB buffer per file costs more in page faults
 * than the read itself.
 */
class WholeFileReader {
  private buffer = Buffer.alloc(0);

  async read(path: string): Promise<Buffer> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const length = Math.min(READ_STEP, size - filled);
        const { bytesRead } = await handle.read(this.buffer, filled, length, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return this.buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
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
