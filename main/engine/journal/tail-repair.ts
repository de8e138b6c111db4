// A crash (kill -9, power loss) can leave the end of a segment torn: half a line, a line with a
// bad checksum, or zero-filled blocks. Everything after the last good record is the tail: it was
// never acknowledged, so it is cut off, but first copied to quarantine/ for inspection. A bad
// line with good records after it is damage, not a crash: it is skipped and reported.
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';

import type { LineParts } from './record-codec';
import { NEWLINE, verifyLine } from './record-codec';
import { fsyncDir } from './segment-file';
import type { JournalHooks } from './journal-types';

/** The directory, inside the journal directory, that cut bytes are copied to. */
export const QUARANTINE_DIR = 'quarantine';

/** What was wrong with a segment. */
export interface SegmentScan {
  /** Bad lines followed by good ones. */
  damaged: { offset: number; length: number }[];
  /** End of the last good line: where the file should be cut. */
  goodEnd: number;
}

/**
 * Splits a segment into lines as it is read, window by window, verifies each line's checksum and
 * hands good lines to `onLine` (with the file offset of the window they are in).
 */
export class SegmentScanner {
  private readonly bad: { offset: number; length: number }[] = [];
  /** End of the last good line so far (a file offset). */
  private goodEnd = 0;

  constructor(private readonly onLine: (buf: Buffer, line: LineParts, base: number) => void) {}

  /**
   * Scans the complete lines of `buf`, which holds the file's bytes from offset `base` on;
   * returns where its unfinished last line starts (`buf.length` when there is none).
   */
  scan(buf: Buffer, base: number): number {
    // Each good line is handed over at once, while its bytes are still in the CPU cache.
    let start = 0;
    for (;;) {
      const newline = buf.indexOf(NEWLINE, start);
      if (newline === -1) return start;
      const parts = verifyLine(buf, start, newline);
      if (parts) {
        this.onLine(buf, parts, base);
        this.goodEnd = base + newline + 1;
      } else {
        this.bad.push({ offset: base + start, length: newline + 1 - start });
      }
      start = newline + 1;
    }
  }

  /** The scan of the whole file, whose last `restLength` bytes (at `restOffset`) had no newline. */
  finish(restOffset: number, restLength: number): SegmentScan {
    // A last line without its newline was cut short, whatever its bytes say.
    if (restLength > 0) this.bad.push({ offset: restOffset, length: restLength });
    return {
      damaged: this.bad.filter((line) => line.offset < this.goodEnd),
      goodEnd: this.goodEnd,
    };
  }
}

/** Moves bytes `goodEnd..` of segment `name` to quarantine, durably; returns the copy's path. */
export async function cutTail(
  dir: string,
  name: string,
  goodEnd: number,
  now: number,
  hooks: JournalHooks | undefined,
): Promise<string> {
  const quarantine = join(dir, QUARANTINE_DIR);
  await mkdir(quarantine, { recursive: true });
  const target = join(quarantine, `${name}.at-${goodEnd}.${now}.bin`);
  const segment = await open(join(dir, name), 'r+');
  try {
    const { size } = await segment.stat();
    const tail = Buffer.alloc(Math.max(0, size - goodEnd));
    let filled = 0;
    while (filled < tail.length) {
      const { bytesRead } = await segment.read(
        tail,
        filled,
        tail.length - filled,
        goodEnd + filled,
      );
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // The copy must be on disk before the cut, or a crash in between would lose the bytes.
    const copy = await open(target, 'w');
    try {
      await copy.writeFile(tail.subarray(0, filled));
      await copy.sync();
    } finally {
      await copy.close();
    }
    await fsyncDir(quarantine, hooks);
    await fsyncDir(dir, hooks);
    await segment.truncate(goodEnd);
    await segment.sync();
  } finally {
    await segment.close();
  }
  return target;
}
