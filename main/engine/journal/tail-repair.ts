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

/** Splits `buf` into lines, verifies each one's checksum and hands good lines to `onLine`. */
export function scanSegment(buf: Buffer, onLine: (line: LineParts) => void): SegmentScan {
  // Each good line is handed over at once, while its bytes are still in the CPU cache.
  const bad: { offset: number; length: number }[] = [];
  let goodEnd = 0;
  let start = 0;
  while (start < buf.length) {
    const newline = buf.indexOf(NEWLINE, start);
    // A last line without its newline was cut short, whatever its bytes say.
    const end = newline === -1 ? buf.length : newline;
    const parts = newline === -1 ? undefined : verifyLine(buf, start, end);
    if (parts) {
      onLine(parts);
      goodEnd = end + 1;
    } else {
      bad.push({ offset: start, length: Math.min(end + 1, buf.length) - start });
    }
    start = end + 1;
  }
  return { damaged: bad.filter((line) => line.offset < goodEnd), goodEnd };
}

/** Moves `buf[goodEnd..]` of segment `name` to quarantine, durably; returns the copy's path. */
export async function cutTail(
  dir: string,
  name: string,
  buf: Buffer,
  goodEnd: number,
  now: number,
  hooks: JournalHooks | undefined,
): Promise<string> {
  const quarantine = join(dir, QUARANTINE_DIR);
  await mkdir(quarantine, { recursive: true });
  const target = join(quarantine, `${name}.at-${goodEnd}.${now}.bin`);
  // The copy must be on disk before the cut, or a crash in between would lose the bytes.
  const copy = await open(target, 'w');
  try {
    await copy.writeFile(buf.subarray(goodEnd));
    await copy.sync();
  } finally {
    await copy.close();
  }
  await fsyncDir(quarantine, hooks);
  await fsyncDir(dir, hooks);
  const segment = await open(join(dir, name), 'r+');
  try {
    await segment.truncate(goodEnd);
    await segment.sync();
  } finally {
    await segment.close();
  }
  return target;
}
