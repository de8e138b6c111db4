import { afterEach, describe, expect, it } from 'vitest';

import type { Journal, JournalEntry, Retention } from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { demoEntries, redelivery, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
const open: Journal[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.close()));
  await dirs.cleanup();
});

const DAY = 24 * 60 * 60 * 1000;
const T0 = 1_750_000_000_000;
const UNLIMITED = { maxEntries: Infinity, maxAgeDays: Infinity };

async function openAt(dir: string, retention: Retention, clock: { now: number }): Promise<Journal> {
  const journal = await openJournal({ dir, retention, now: () => clock.now });
  open.push(journal);
  return journal;
}

/** `count` entries seen one minute apart from `start`, no longer leased (so not pinned). */
function seenOverTime(seed: number, count: number, start: number): JournalEntry[] {
  return demoEntries(seed, count, { state: 'visible' }).map((entry, i) => ({
    ...entry,
    firstSeenAt: start + i * 60_000,
    lastSeenAt: start + i * 60_000,
    leaseExpiresAt: undefined,
  }));
}

const ids = (journal: Journal): string[] =>
  journal
    .query({ limit: Infinity })
    .entries.map((entry) => entry.id)
    .sort();

describe('retention by count', () => {
  it('drops the least recently seen beyond maxEntries, durably', async () => {
    const dir = await dirs.make();
    const clock = { now: T0 };
    const entries = seenOverTime(30, 10, T0);
    let journal = await openAt(dir, { maxEntries: 6, maxAgeDays: Infinity }, clock);
    await journal.upsert(entries.slice(0, 4));
    await journal.upsert(entries.slice(4));
    const newest = entries
      .slice(4)
      .map((entry) => entry.id)
      .sort();
    expect(ids(journal)).toEqual(newest);

    // The drop was recorded: a larger limit after a restart does not bring them back.
    await journal.close();
    journal = await openAt(dir, UNLIMITED, clock);
    expect(ids(journal)).toEqual(newest);
  });

  it('counts a redelivery as recent', async () => {
    const dir = await dirs.make();
    const clock = { now: T0 };
    const entries = seenOverTime(31, 4, T0);
    const journal = await openAt(dir, { maxEntries: 4, maxAgeDays: Infinity }, clock);
    await journal.upsert(entries);
    const [oldest] = entries as [JournalEntry];
    const again = { ...redelivery(oldest, T0 + DAY, 'h2'), leaseExpiresAt: T0 - 1 };
    await journal.upsert([again]);
    await journal.upsert(seenOverTime(32, 1, T0 + 2 * DAY));
    expect(journal.get(oldest.id)).toBeDefined();
    expect(journal.get(entries[1]?.id ?? '')).toBeUndefined();
    expect(journal.size).toBe(4);
  });

  it('keeps entries someone may still act on: a live lease, a delete in progress', async () => {
    const dir = await dirs.make();
    const clock = { now: T0 };
    const [leased, deleting, ...rest] = seenOverTime(33, 6, T0);
    const journal = await openAt(dir, UNLIMITED, clock);
    await journal.upsert([
      { ...(leased as JournalEntry), state: 'leased', leaseExpiresAt: T0 + 60_000 },
      { ...(deleting as JournalEntry), state: 'deleting' },
      ...rest,
    ]);
    await journal.setRetention({ maxEntries: 2, maxAgeDays: Infinity });
    expect(ids(journal)).toEqual([leased?.id, deleting?.id].sort());

    // Once the lease has run out, the leased one may go.
    clock.now = T0 + 120_000;
    await journal.setRetention({ maxEntries: 1, maxAgeDays: Infinity });
    expect(ids(journal)).toEqual([deleting?.id]);
  });
});

describe('retention by age', () => {
  it('drops entries last seen more than maxAgeDays ago, at start and after appends', async () => {
    const dir = await dirs.make();
    const clock = { now: T0 };
    const old = seenOverTime(34, 3, T0 - 10 * DAY);
    const recent = seenOverTime(35, 3, T0 - DAY);
    let journal = await openAt(dir, UNLIMITED, clock);
    await journal.upsert([...old, ...recent]);
    await journal.close();

    journal = await openAt(dir, { maxEntries: Infinity, maxAgeDays: 7 }, clock);
    expect(ids(journal)).toEqual(recent.map((entry) => entry.id).sort());

    clock.now = T0 + 6.5 * DAY;
    const fresh = seenOverTime(36, 1, clock.now);
    await journal.upsert(fresh);
    expect(ids(journal)).toEqual(fresh.map((entry) => entry.id));
  });

  it('applies a new setting at once and validates it', async () => {
    const dir = await dirs.make();
    const clock = { now: T0 };
    const journal = await openAt(dir, UNLIMITED, clock);
    await journal.upsert(seenOverTime(37, 5, T0 - 3 * DAY));
    await journal.setRetention({ maxEntries: Infinity, maxAgeDays: 2 });
    expect(journal.size).toBe(0);
    await expect(journal.setRetention({ maxEntries: 0, maxAgeDays: 1 })).rejects.toThrow(
      RangeError,
    );
    await expect(journal.setRetention({ maxEntries: 5, maxAgeDays: -1 })).rejects.toThrow(
      RangeError,
    );
  });
});
