// `getFull` reads an entry's `put` line back from disk. It takes no lock: if a compaction moves
// the record (and removes the old file) between looking up the location and reading it, the
// read fails or finds another record, and it retries at the slot's new location.
import { open } from 'node:fs/promises';

import type { HeavyParts } from './entry-codec';
import { joinEntry, readHeavy } from './entry-codec';
import type { JournalEntry } from './journal-entry';
import type { JournalStore } from './journal-store';
import { isObject } from './json-reader';
import { NEWLINE, parseJsonSafe, tailParts, verifyLine } from './record-codec';

const ATTEMPTS = 3;

/** The complete entry `id`, or undefined when the journal has none. */
export async function readFullEntry(
  store: JournalStore,
  id: string,
): Promise<JournalEntry | undefined> {
  let failure: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const slot = store.index.get(id);
    if (!slot) return undefined;
    const { segment, offset, length } = slot;
    try {
      const line = await readRange(store.path(segment), offset, length);
      const full = decodeFull(line, id);
      if (full) return joinEntry(slot.entry, full.heavy);
      failure = new Error(`The stored record of ${id} is damaged`);
    } catch (error) {
      failure = error;
    }
    const now = store.index.get(id);
    const moved = now !== slot || now.segment !== segment || now.offset !== offset;
    if (!moved) break;
  }
  throw failure;
}

/** The heavy parts of the `put` line of `id` (none for a put without them), or undefined. */
function decodeFull(line: Buffer, id: string): { heavy: HeavyParts | undefined } | undefined {
  const end = line.length - 1;
  if (line[end] !== NEWLINE) return undefined;
  const parts = verifyLine(line, 0, end);
  if (!parts) return undefined;
  const lean = parseJsonSafe(line.toString('utf8', parts.leanStart, parts.leanEnd));
  if (!isObject(lean) || lean.t !== 'put' || !Array.isArray(lean.e) || lean.e[0] !== id) {
    return undefined;
  }
  if (parts.tailStart >= end) return { heavy: undefined };
  const tail = tailParts(line, parts);
  if (!tail) return undefined;
  try {
    return { heavy: readHeavy(parseJsonSafe(line.toString('utf8', tail.secondStart, end))) };
  } catch {
    return undefined;
  }
}

async function readRange(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
