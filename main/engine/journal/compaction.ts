// Compaction rewrites every live entry into one fresh segment that opens with a `base` record;
// restore then ignores every lower-numbered segment. It runs beside normal writes: the active
// segment is rolled first, so appends during the copy land above the base and replay after it.
// Crash safety, step by step: the copy is written to a temp file (deleted at restore if found),
// fsynced, renamed into place (atomic), the directory fsynced; only then are the old segments
// removed (any a crash leaves behind are below the base and removed at restore).
import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm, unlink } from 'node:fs/promises';

import type { MutableFields } from './entry-codec';
import { entryOfLean, withMutation } from './entry-codec';
import type { RecordLocation, Slot } from './journal-index';
import type { JournalStore } from './journal-store';
import type { LeanStore } from './lean-store';
import { NEWLINE, encodeLine, verifyLine } from './record-codec';
import { BASE_RECORD } from './replay';
import { packSlim } from './slim-packing';
import { TEMP_SUFFIX, fsyncDir } from './segment-file';
import type { SerialQueue } from './serial-queue';

const READ_WINDOW = 4 * 1024 * 1024;
const WRITE_CHUNK = 1024 * 1024;

/** A live entry at the snapshot: its row in the snapshot's lean store, and its mutations. */
interface Item {
  slot: Slot;
  row: number;
  mut: MutableFields | undefined;
  at: RecordLocation;
}

/** What a compaction did. */
export interface CompactionResult {
  /** Entries whose stored payload failed its checksum: kept without payload. */
  payloadsLost: number;
}

/** Compacts the journal in `store`; undefined when `closing` stopped it before it started. */
export async function compact(
  store: JournalStore,
  queue: SerialQueue,
  closing: () => boolean,
): Promise<CompactionResult | undefined> {
  const step = store.hooks?.compactionStep;
  const plan = await queue.run(async () => {
    if (closing()) return undefined;
    const base = store.nextSegment++;
    await store.roll();
    const superseded = [...store.sizes.keys()].filter((n) => n < base);
    const items: Item[] = [];
    for (const slot of store.index.byAge()) {
      const at = { segment: slot.segment, offset: slot.offset, length: slot.length };
      items.push({ slot, row: slot.row, mut: slot.mut, at });
    }
    // Lean stores are append-only and renumbering makes a new one: this one stays as it is.
    return { base, superseded, items, leans: store.index.leans };
  });
  if (!plan) return undefined;
  await step?.('snapshot-taken');
  const temp = store.path(plan.base) + TEMP_SUFFIX;
  let copy: Copy;
  try {
    copy = await writeCopy(store, plan.base, temp, plan.items, plan.leans);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await step?.('temp-synced');
  await queue.run(async () => {
    try {
      await rename(temp, store.path(plan.base));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    store.sizes.set(plan.base, copy.size);
    plan.items.forEach((item, i) => {
      const at = copy.locations[i];
      const { slot } = item;
      // Unchanged since the snapshot: now read from the copy, so the old file can go.
      if (at && slot.live && slot.segment === item.at.segment && slot.offset === item.at.offset) {
        store.index.relocate(slot, at);
      }
    });
    await step?.('renamed');
    await fsyncDir(store.dir, store.hooks);
    await step?.('dir-synced');
    for (const n of plan.superseded) {
      await unlink(store.path(n));
      store.sizes.delete(n);
      await step?.('old-segment-removed');
    }
    await fsyncDir(store.dir, store.hooks);
  });
  return { payloadsLost: copy.payloadsLost };
}

interface Copy {
  size: number;
  /** By item index. */
  locations: (RecordLocation | undefined)[];
  payloadsLost: number;
}

async function writeCopy(
  store: JournalStore,
  segment: number,
  temp: string,
  items: readonly Item[],
  leans: LeanStore,
): Promise<Copy> {
  const out = await open(temp, 'w');
  const copy: Copy = { size: 0, locations: [], payloadsLost: 0 };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pendingBytes === 0) return;
    await writeAll(out, Buffer.concat(pending, pendingBytes), copy.size);
    copy.size += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  const push = async (line: Buffer): Promise<RecordLocation> => {
    const at = { segment, offset: copy.size + pendingBytes, length: line.length };
    pending.push(line);
    pendingBytes += line.length;
    if (pendingBytes >= WRITE_CHUNK) await flush();
    return at;
  };
  let reader: WindowReader | undefined;
  try {
    await push(encodeLine(BASE_RECORD));
    // Read each old segment front to back, whatever order the entries are in.
    const order = items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => a.item.at.segment - b.item.at.segment || a.item.at.offset - b.item.at.offset);
    for (const { item, i } of order) {
      if (reader?.segment !== item.at.segment) {
        await reader?.close();
        reader = await WindowReader.open(store.path(item.at.segment), item.at.segment);
      }
      const tail = tailOf(await reader.read(item.at.offset, item.at.length));
      if (tail === undefined) copy.payloadsLost += 1;
      copy.locations[i] = await push(encodeLine(leanAtSnapshot(store, leans, item), tail));
    }
    await flush();
    await out.sync();
    store.hooks?.synced?.('file', temp);
  } finally {
    await reader?.close();
    await out.close();
  }
  return copy;
}

/** The lean JSON of an item's `put` as of the snapshot: the stored one, or rebuilt if mutated. */
function leanAtSnapshot(store: JournalStore, leans: LeanStore, item: Item): string | Buffer {
  if (!item.mut) return leans.view(item.row);
  const stored = entryOfLean(leans.text(item.row), store.intern, store.origins);
  return JSON.stringify({ t: 'put', e: packSlim(withMutation(stored, item.mut)) });
}

/** The tab-led tail of a stored `put` line, or undefined when the line no longer verifies. */
function tailOf(line: Buffer): Buffer | undefined {
  const end = line.length - 1;
  if (line[end] !== NEWLINE) return undefined;
  const parts = verifyLine(line, 0, end);
  if (!parts) return undefined;
  return parts.tailStart < end ? line.subarray(parts.tailStart, end) : Buffer.alloc(0);
}

async function writeAll(handle: FileHandle, data: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const result = await handle.write(data, written, data.length - written, position + written);
    written += result.bytesWritten;
  }
}

/** Reads ranges of one file through a large buffer, so a forward scan costs few reads. */
class WindowReader {
  private buffer = Buffer.alloc(0);
  private window = Buffer.alloc(0);
  private windowStart = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly segment: number,
  ) {}

  static async open(path: string, segment: number): Promise<WindowReader> {
    return new WindowReader(await open(path, 'r'), segment);
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const inside =
      offset >= this.windowStart && offset + length <= this.windowStart + this.window.length;
    if (!inside) {
      const size = Math.max(READ_WINDOW, length);
      if (this.buffer.length < size) this.buffer = Buffer.alloc(size);
      const { bytesRead } = await this.handle.read(this.buffer, 0, size, offset);
      this.windowStart = offset;
      this.window = this.buffer.subarray(0, bytesRead);
      if (bytesRead < length) return this.window;
    }
    return this.window.subarray(offset - this.windowStart, offset - this.windowStart + length);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
