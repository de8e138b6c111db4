// The in-memory side of the journal. Each entry has a slot (reachable by id, in least-recently-
// seen order, which retention walks) and a row: a number into the query columns and the search
// chunks. Rows are appended; once removed rows outnumber live ones, all rows are renumbered.
import type { JournalEntry } from './journal-entry';
import { FacetCodes, RowColumns } from './row-columns';
import { SearchChunks } from './search-chunks';

/** One entry in memory, with where its `put` record lies on disk. */
export interface Slot {
  entry: JournalEntry;
  row: number;
  segment: number;
  offset: number;
  length: number;
  live: boolean;
}

/** Where a `put` record lies. */
export interface RecordLocation {
  segment: number;
  offset: number;
  length: number;
}

const RENUMBER_MIN_DEAD = 4096;

/** All entries in memory. */
export class JournalIndex {
  private byId = new Map<string, Slot>();
  private slotOfRow: (Slot | undefined)[] = [];
  private deadRows = 0;
  private bulk = false;
  /** Search texts by row. */
  texts = new SearchChunks();
  /** Codes of queue, event type, account and region names. */
  readonly codes = new FacetCodes();
  /** Query columns by row, and the newest-first order. */
  columns = new RowColumns(this.codes);
  /** Changes whenever rows are renumbered, voiding anything cached by row. */
  epoch = 0;
  /** Bytes of the `put` records of live entries: what a compaction would keep. */
  liveBytes = 0;

  /** Number of entries. */
  get size(): number {
    return this.byId.size;
  }

  /** The slot of `id`. */
  get(id: string): Slot | undefined {
    return this.byId.get(id);
  }

  /** The slot at `row`. */
  slotAt(row: number): Slot | undefined {
    return this.slotOfRow[row];
  }

  /** Slots, least recently seen first. */
  byAge(): IterableIterator<Slot> {
    return this.byId.values();
  }

  /** Defers ordering work until `endBulk`, for restoring many records. */
  beginBulk(): void {
    this.bulk = true;
  }

  /** Orders everything added since `beginBulk`. */
  endBulk(): void {
    this.bulk = false;
    const slots = [...this.byId.values()];
    const byAge = (a: Slot, b: Slot): number =>
      a.entry.lastSeenAt - b.entry.lastSeenAt || a.row - b.row;
    // Replay usually meets entries in the order they were seen: then the map is in order already.
    if (slots.some((slot, i) => i > 0 && byAge(slots[i - 1] ?? slot, slot) > 0)) {
      slots.sort(byAge);
      this.byId = new Map(slots.map((slot) => [slot.entry.id, slot]));
    }
    this.columns.sortOrder(slots.map((slot) => slot.row));
    this.maybeRenumber();
  }

  /** Adds an entry (replacing one with the same id, which only replay can produce). */
  add(entry: JournalEntry, search: string, at: RecordLocation): Slot {
    if (this.byId.has(entry.id)) this.remove([entry.id]);
    return this.install(entry, this.texts.push(search), at);
  }

  /** Like `add`, with the search text as UTF-8 bytes `buf[start..end]` (at restore). */
  addFromBytes(
    entry: JournalEntry,
    at: RecordLocation,
    buf: Buffer,
    start: number,
    end: number,
  ): Slot {
    if (this.byId.has(entry.id)) this.remove([entry.id]);
    return this.install(entry, this.texts.pushBytes(buf, start, end), at);
  }

  private install(entry: JournalEntry, row: number, at: RecordLocation): Slot {
    const { segment, offset, length } = at;
    const slot: Slot = { entry, row, segment, offset, length, live: true };
    this.slotOfRow[row] = slot;
    this.columns.set(row, entry);
    this.byId.set(entry.id, slot);
    this.liveBytes += at.length;
    if (!this.bulk) this.columns.insert(row);
    return slot;
  }

  /** Replaces a slot's entry; a newer `lastSeenAt` makes it the most recently seen. */
  replace(slot: Slot, entry: JournalEntry): void {
    const seenLater = entry.lastSeenAt > slot.entry.lastSeenAt;
    slot.entry = entry;
    this.columns.setState(slot.row, entry);
    if (seenLater && !this.bulk) {
      this.byId.delete(entry.id);
      this.byId.set(entry.id, slot);
    }
  }

  /** Moves a slot's `put` record (after compaction). */
  relocate(slot: Slot, at: RecordLocation): void {
    this.liveBytes += at.length - slot.length;
    slot.segment = at.segment;
    slot.offset = at.offset;
    slot.length = at.length;
  }

  /** Removes entries; returns how many there were. */
  remove(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const slot = this.byId.get(id);
      if (!slot) continue;
      slot.live = false;
      this.byId.delete(id);
      this.slotOfRow[slot.row] = undefined;
      this.liveBytes -= slot.length;
      removed += 1;
    }
    this.deadRows += removed;
    if (removed > 0 && !this.bulk) {
      this.columns.retain((row) => this.slotOfRow[row] !== undefined);
      this.maybeRenumber();
    }
    return removed;
  }

  /** Packs live rows into 0…n-1 once removed rows outnumber them, dropping their texts. */
  private maybeRenumber(): void {
    if (this.deadRows < RENUMBER_MIN_DEAD || this.deadRows < this.byId.size) return;
    const textOf: string[] = [];
    this.texts.forEach((row, text) => {
      if (this.slotOfRow[row]) textOf[row] = text;
    });
    const texts = new SearchChunks();
    const columns = new RowColumns(this.codes);
    const slotOfRow: Slot[] = [];
    const newRow = new Int32Array(this.slotOfRow.length);
    // In old row order, so rows keep breaking ties between equal times the same way.
    this.slotOfRow.forEach((slot, row) => {
      if (!slot) return;
      const next = texts.push(textOf[row] ?? '');
      columns.copyRow(this.columns, row, next);
      newRow[row] = next;
      slot.row = next;
      slotOfRow[next] = slot;
    });
    // Sealing copies the texts into new chunk strings, so the old chunks can be freed.
    texts.sealOpen();
    const order = this.columns.order.subarray(0, this.columns.length);
    columns.sortOrder(Array.from(order, (row) => newRow[row] ?? 0));
    this.deadRows = 0;
    this.texts = texts;
    this.columns = columns;
    this.slotOfRow = slotOfRow;
    this.epoch += 1;
  }
}
