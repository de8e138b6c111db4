// The journal's public face. Every change goes through one queue: merged in memory first as a
// candidate, written (and fsynced), and only then installed, so memory never runs ahead of disk.
import { mkdir } from 'node:fs/promises';

import { compact } from './compaction';
import { encodeMutation, encodePut } from './entry-codec';
import { readFullEntry } from './full-entry';
import type { JournalEntry } from './journal-entry';
import { TextCache, runQuery, searchText } from './journal-query';
import { DEFAULT_TUNING, JournalStore } from './journal-store';
import type {
  Journal,
  JournalFilter,
  JournalOptions,
  JournalPatch,
  JournalQueryResult,
  JournalRecovery,
  JournalStats,
  Retention,
} from './journal-types';
import { applyPatch, mergeDelivery, mutableChanged } from './merge-entry';
import { encodeLine, leanOf } from './record-codec';
import { restore } from './restore';
import { checkRetention, expiredIds } from './retention';
import { SerialQueue } from './serial-queue';
import { slimOf } from './slim-packing';

/** Opens the journal in `options.dir` (creating it if needed), restoring and repairing it. */
export async function openJournal(options: JournalOptions): Promise<Journal> {
  const retention = checkRetention(options.retention);
  const now = options.now ?? Date.now;
  await mkdir(options.dir, { recursive: true });
  const store = new JournalStore(
    options.dir,
    { ...DEFAULT_TUNING, ...options.tuning },
    options.hooks,
  );
  const restored = await restore(options.dir, store, now(), options.hooks);
  for (const [n, size] of restored.sizes) store.sizes.set(n, size);
  store.nextSegment = restored.lastSegment + 1;
  await store.openActive();
  const journal = new FileJournal(store, retention, now, restored.recovery);
  await journal.setRetention(retention);
  return journal;
}

/** A new entry of a batch: the first delivery's full entry, merged with any later in the batch. */
interface Fresh {
  full: JournalEntry;
  slim: JournalEntry;
}

class FileJournal implements Journal {
  private readonly queue = new SerialQueue();
  private readonly text = new TextCache();
  private closing = false;
  private closed: Promise<void> | undefined;
  private compaction: Promise<unknown> | undefined;
  private compactions = 0;
  private payloadsLost = 0;
  private lastCompactionError: string | undefined;

  constructor(
    private readonly store: JournalStore,
    private retention: Retention,
    private readonly now: () => number,
    readonly recovery: JournalRecovery,
  ) {}

  get size(): number {
    return this.store.index.size;
  }

  upsert(entries: readonly JournalEntry[]): Promise<JournalEntry[]> {
    return this.exclusive(async () => {
      const { index } = this.store;
      const fresh = new Map<string, Fresh>();
      const merged = new Map<string, JournalEntry>();
      for (const entry of entries) {
        const slim = this.slimOf(entry);
        const known = fresh.get(entry.id);
        if (known) known.slim = mergeDelivery(known.slim, slim);
        else {
          const stored = merged.get(entry.id) ?? index.get(entry.id)?.entry;
          if (stored) merged.set(entry.id, mergeDelivery(stored, slim));
          else fresh.set(entry.id, { full: entry, slim });
        }
      }
      // A merge that changes nothing (a re-sighting passed with 0 deliveries, seen no later) is
      // not written.
      for (const [id, entry] of merged) {
        const stored = index.get(id)?.entry;
        if (stored && !mutableChanged(stored, entry)) merged.delete(id);
      }
      const news = [...fresh.values()].map((item) => ({
        ...item,
        search: searchText(item.slim, item.full.message.decoded.innerText),
      }));
      const lines = news.map(({ slim, full, search }) => encodePut(slim, full, search));
      for (const entry of merged.values()) lines.push(encodeMutation(entry));
      if (lines.length === 0) return entries.flatMap((entry) => index.get(entry.id)?.entry ?? []);
      const locations = await this.store.write(lines, true);
      news.forEach(({ slim, search }, i) => {
        const at = locations[i];
        const line = lines[i];
        if (at && line) index.add(slim, search, at, leanOf(line));
      });
      for (const entry of merged.values()) {
        const slot = index.get(entry.id);
        if (slot) index.replace(slot, entry);
      }
      // Read before retention runs: a tiny maxEntries may drop some of them straight away.
      const stored = entries.flatMap((entry) => index.get(entry.id)?.entry ?? []);
      await this.afterWrite();
      return stored;
    });
  }

  update(id: string, patch: JournalPatch): Promise<JournalEntry | undefined> {
    return this.exclusive(async () => {
      const slot = this.store.index.get(id);
      if (!slot) return undefined;
      const next = applyPatch(slot.entry, patch);
      if (!mutableChanged(slot.entry, next)) return slot.entry;
      await this.store.write([encodeMutation(next)], true);
      this.store.index.replace(slot, next);
      return next;
    });
  }

  get(id: string): JournalEntry | undefined {
    return this.store.index.get(id)?.entry;
  }

  getFull(id: string): Promise<JournalEntry | undefined> {
    return readFullEntry(this.store, id);
  }

  query(filter: JournalFilter = {}): JournalQueryResult {
    return runQuery(this.store.index, filter, this.text);
  }

  setRetention(retention: Retention): Promise<void> {
    return this.exclusive(async () => {
      this.retention = checkRetention(retention);
      await this.dropExpired();
      this.maybeCompact();
    });
  }

  async compact(): Promise<void> {
    while (this.compaction) await this.compaction;
    if (this.closing) throw new Error('The journal is closed');
    await this.startCompaction();
  }

  stats(): JournalStats {
    return {
      entries: this.store.index.size,
      segments: this.store.sizes.size,
      totalBytes: this.store.totalBytes,
      liveBytes: this.store.index.liveBytes,
      compactions: this.compactions,
      compacting: this.compaction !== undefined,
      payloadsLost: this.payloadsLost,
      lastCompactionError: this.lastCompactionError,
    };
  }

  close(): Promise<void> {
    this.closing = true;
    this.closed ??= (async () => {
      await this.compaction;
      await this.queue.run(() => this.store.close());
    })();
    return this.closed;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new Error('The journal is closed'));
    return this.queue.run(task);
  }

  private slimOf(entry: JournalEntry): JournalEntry {
    return slimOf(entry, this.store.intern, this.store.origins);
  }

  /** Retention and compaction after a write; a failure here must not fail the write itself. */
  private async afterWrite(): Promise<void> {
    try {
      await this.dropExpired();
    } catch {
      // The next write reports a broken file; until then the entries simply stay a while longer.
    }
    this.maybeCompact();
  }

  /** Drops expired entries. The drop record is not fsynced: lost in a crash, restore redoes it. */
  private async dropExpired(): Promise<void> {
    const ids = expiredIds(this.store.index, this.retention, this.now());
    if (ids.length === 0) return;
    await this.store.write([encodeLine(JSON.stringify({ t: 'drop', ids }))], false);
    this.store.index.remove(ids);
  }

  private maybeCompact(): void {
    if (this.compaction || this.closing || !this.store.shouldCompact()) return;
    // In the background: it waits for the queue, which is running the caller of this method.
    this.startCompaction().catch(() => undefined);
  }

  private startCompaction(): Promise<void> {
    const run = compact(this.store, this.queue, () => this.closing).then(
      (result) => {
        if (!result) return;
        this.compactions += 1;
        this.payloadsLost += result.payloadsLost;
        this.lastCompactionError = undefined;
      },
      (error: unknown) => {
        this.lastCompactionError = error instanceof Error ? error.message : String(error);
        throw error;
      },
    );
    const settled: Promise<void> = run
      .catch(() => undefined)
      .then(() => {
        if (this.compaction === settled) this.compaction = undefined;
      });
    this.compaction = settled;
    return run;
  }
}
