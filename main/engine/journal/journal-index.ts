// The in-memory side of the journal. Each entry has a slot (reachable by id, in least-recently-
// seen order, which retention walks) and a row: a number into the query columns, the search
// chunks and the lean record bytes. Rows are appended; once removed rows outnumber live ones, all
// rows are renumbered. Entry objects are built from the lean bytes on demand (and the last few
// thousand kept), with any mutation since the `put` applied on top.
import type { MutableFields } from './entry-codec';
import { entryOfLean, mutableOf, withMutation } from './entry-codec';
import { STATE_ORDER } from './facets';
import type { JournalEntry } from './journal-entry';
import type { Interner } from './json-reader';
import { LeanStore } from './lean-store';
import type { RowValues } from './put-scanner';
import { FacetCodes, RowColumns, valuesOf } from './row-columns';
import { SearchChunks } from './search-chunks';
import type { OriginPool } from './slim-entry';

/** Where a `put` record lies. */
export interface RecordLocation {
  segment: number;
  offset: number;
  length: number;
}

/** One entry in memory, with where its `put` record lies on disk. */
export class Slot {
  live = true;
  /** The mutable fields, when a `mut` (or a merge) changed them after the `put`. */
  mut: MutableFields | undefined = undefined;
  /** The entry, while it is among the recently built ones. */
  cached: JournalEntry | undefined = undefined;

  constructor(
    private readonly index: JournalIndex,
    readonly id: string,
    public row: number,
    public segment: number,
    public offset: number,
    public length: number,
  ) {}

  /** The slim, frozen entry. */
  get entry(): JournalEntry {
    return this.cached ?? this.index.build(this);
  }
}

/** How many built entries are kept, so repeated reads of the same entries build them once. */
const RECENT_ENTRIES = 4096;
const RENUMBER_MIN_DEAD = 4096;

/** All entries in memory. */
export class JournalIndex {
  private byId = new Map<string, Slot>();
  private slotOfRow: (Slot | undefined)[] = [];
  private deadRows = 0;
  private bulk = false;
  /** Slots whose entry is cached, oldest first from `nextRecent` (a ring). */
  private readonly recent: (Slot | undefined)[] = new Array<Slot | undefined>(RECENT_ENTRIES);
  private nextRecent = 0;
  /** Search texts by row. */
  texts = new SearchChunks();
  /** Lean JSON of each row's `put` record. */
  leans = new LeanStore();
  /** Codes of queue, event type, account and region names. */
  readonly codes = new FacetCodes();
  /** Query columns by row, and the newest-first order. */
  columns = new RowColumns(this.codes);
  /** Changes whenever rows are renumbered, voiding anything cached by row. */
  epoch = 0;
  /** Bytes of the `put` records of live entries: what a compaction would keep. */
  liveBytes = 0;

  constructor(
    private readonly intern: Interner,
    private readonly origins: OriginPool,
  ) {}

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
    const { lastSeen } = this.columns;
    const byAge = (a: Slot, b: Slot): number =>
      (lastSeen[a.row] ?? 0) - (lastSeen[b.row] ?? 0) || a.row - b.row;
    // Replay usually meets entries in the order they were seen: then the map is in order already.
    if (slots.some((slot, i) => i > 0 && byAge(slots[i - 1] ?? slot, slot) > 0)) {
      slots.sort(byAge);
      this.byId = new Map(slots.map((slot) => [slot.id, slot]));
    }
    this.columns.sortOrder(slots.map((slot) => slot.row));
    this.maybeRenumber();
  }

  /**
   * Adds an entry (replacing one with the same id, which only replay can produce); `lean` is the
   * lean JSON of its `put` record, which the entry is built from again when next asked for.
   */
  add(entry: JournalEntry, search: string, at: RecordLocation, lean: Buffer): Slot {
    if (this.byId.has(entry.id)) this.remove([entry.id]);
    const slot = this.install(valuesOf(entry), this.texts.push(search), at, lean, 0, lean.length);
    if (!this.bulk) this.remember(slot, entry);
    return slot;
  }

  /**
   * Like `add`, at restore, from a stored `put` record: its column values (read from the record),
   * its lean JSON `buf[leanStart..leanEnd]` and its search text, UTF-8 `buf[textStart..textEnd]`.
   */
  addStored(
    values: RowValues,
    at: RecordLocation,
    buf: Buffer,
    leanStart: number,
    leanEnd: number,
    textStart: number,
    textEnd: number,
  ): Slot {
    if (this.byId.has(values.id)) this.remove([values.id]);
    const row = this.texts.pushBytes(buf, textStart, textEnd);
    return this.install(values, row, at, buf, leanStart, leanEnd);
  }

  private install(
    values: RowValues,
    row: number,
    at: RecordLocation,
    lean: Buffer,
    leanStart: number,
    leanEnd: number,
  ): Slot {
    const { segment, offset, length } = at;
    const slot = new Slot(this, values.id, row, segment, offset, length);
    this.slotOfRow[row] = slot;
    this.columns.setValues(row, values);
    this.leans.set(row, lean, leanStart, leanEnd);
    this.byId.set(values.id, slot);
    this.liveBytes += at.length;
    if (!this.bulk) this.columns.insert(row);
    return slot;
  }

  /**
   * Replaces a slot's entry, which differs from the stored one in mutable fields only; a newer
   * `lastSeenAt` makes it the most recently seen.
   */
  replace(slot: Slot, entry: JournalEntry): void {
    this.mutate(slot, mutableOf(entry), entry);
  }

  /** Sets a slot's mutable fields (a replayed `mut`); `entry`, when given, is the result. */
  mutate(slot: Slot, fields: MutableFields, entry?: JournalEntry): void {
    const seenLater = fields.lastSeenAt > (this.columns.lastSeen[slot.row] ?? 0);
    slot.mut = fields;
    this.columns.setMutable(slot.row, fields);
    if (entry) this.remember(slot, entry);
    else slot.cached = undefined;
    if (seenLater && !this.bulk) {
      this.byId.delete(slot.id);
      this.byId.set(slot.id, slot);
    }
  }

  /** When a slot's entry was last seen (from the columns: no entry is built). */
  lastSeenAt(slot: Slot): number {
    return this.columns.lastSeen[slot.row] ?? 0;
  }

  /** A slot's state and lease end (from the columns: no entry is built). */
  leaseOf(slot: Slot): Pick<JournalEntry, 'state' | 'leaseExpiresAt'> {
    const { state, lease } = this.columns;
    const until = lease[slot.row] ?? Number.NaN;
    return {
      state: STATE_ORDER[state[slot.row] ?? 0] ?? 'leased',
      leaseExpiresAt: Number.isNaN(until) ? undefined : until,
    };
  }

  /** Builds a slot's entry from its lean bytes and mutable fields (see `Slot.entry`). */
  build(slot: Slot): JournalEntry {
    const stored = entryOfLean(this.leans.text(slot.row), this.intern, this.origins);
    const entry = slot.mut ? withMutation(stored, slot.mut) : stored;
    this.remember(slot, entry);
    return entry;
  }

  /** Keeps `entry` as the slot's built entry, forgetting the oldest kept one if need be. */
  private remember(slot: Slot, entry: JournalEntry): void {
    if (this.bulk) return;
    if (slot.cached === undefined) {
      const evicted = this.recent[this.nextRecent];
      if (evicted) evicted.cached = undefined;
      this.recent[this.nextRecent] = slot;
      this.nextRecent = (this.nextRecent + 1) % RECENT_ENTRIES;
    }
    slot.cached = entry;
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
    const leans = new LeanStore();
    const slotOfRow: Slot[] = [];
    const newRow = new Int32Array(this.slotOfRow.length);
    // In old row order, so rows keep breaking ties between equal times the same way.
    this.slotOfRow.forEach((slot, row) => {
      if (!slot) return;
      const next = texts.push(textOf[row] ?? '');
      columns.copyRow(this.columns, row, next);
      leans.copyRow(this.leans, row, next);
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
    this.leans = leans;
    this.slotOfRow = slotOfRow;
    this.epoch += 1;
  }
}
