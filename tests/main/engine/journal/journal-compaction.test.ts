import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type {
  CompactionStep,
  Journal,
  JournalEntry,
  JournalOptions,
} from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { demoEntries, redelivery, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
const open: Journal[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.close()));
  await dirs.cleanup();
});

const UNLIMITED = { maxEntries: Infinity, maxAgeDays: Infinity };
// Small segments so a few dozen entries span several files; no automatic compaction.
const SMALL = { segmentMaxBytes: 32 * 1024, compactMinBytes: Number.MAX_SAFE_INTEGER };

async function openAt(dir: string, options: Partial<JournalOptions> = {}): Promise<Journal> {
  const journal = await openJournal({ dir, retention: UNLIMITED, tuning: SMALL, ...options });
  open.push(journal);
  return journal;
}

const segments = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((name) => name.startsWith('segment-')).sort();

/**
 * Fills a journal with history worth compacting: 40 entries over several segments, 10 later
 * dropped, 10 updated twice, 5 redelivered. Returns the entries that should remain, as they
 * should read back.
 */
async function history(journal: Journal, seed: number): Promise<Map<string, JournalEntry>> {
  const entries = demoEntries(seed, 40, { prefix: `h${seed}` });
  for (let i = 0; i < entries.length; i += 8) await journal.upsert(entries.slice(i, i + 8));
  for (const entry of entries.slice(10, 20)) {
    await journal.update(entry.id, { state: 'deleting' });
    await journal.update(entry.id, { state: 'delete-failed', lastError: `stale ${entry.id}` });
  }
  await journal.upsert(entries.slice(20, 25).map((e) => redelivery(e, e.lastSeenAt + 5, 'h2')));
  // Drop the ten least recently seen (entries 0-9) through retention.
  await journal.setRetention({ maxEntries: 30, maxAgeDays: Infinity });
  await journal.setRetention(UNLIMITED);
  const expected = new Map<string, JournalEntry>();
  for (const entry of entries.slice(10)) {
    const stored = journal.get(entry.id);
    if (stored) expected.set(entry.id, { ...entry, ...stored, message: entry.message });
  }
  expect(expected.size).toBe(30);
  return expected;
}

async function expectExactly(journal: Journal, expected: Map<string, JournalEntry>): Promise<void> {
  expect(journal.size).toBe(expected.size);
  for (const [id, entry] of expected) {
    const full = await journal.getFull(id);
    expect(full).toMatchObject({
      state: entry.state,
      receiptHandle: entry.receiptHandle,
      lastError: entry.lastError,
      deliveries: entry.deliveries,
    });
    expect(full?.message.decoded).toEqual(entry.message.decoded);
    expect(full?.message.event).toEqual(entry.message.event);
  }
}

describe('compaction', () => {
  it('rewrites only live entries into one base segment and removes the old ones', async () => {
    const dir = await dirs.make();
    let journal = await openAt(dir);
    const expected = await history(journal, 40);
    const before = journal.stats();
    expect(before.segments).toBeGreaterThan(3);
    expect(before.liveBytes).toBeLessThan(before.totalBytes);

    await journal.compact();
    const after = journal.stats();
    expect(after.compactions).toBe(1);
    expect(after.totalBytes).toBeLessThan(before.totalBytes);
    // The copy plus the (empty) segment rolled to take writes during the copy.
    expect(after.segments).toBe(2);
    expect(after.totalBytes - after.liveBytes).toBeLessThan(100);
    await expectExactly(journal, expected);

    const files = await segments(dir);
    const base = await readFile(join(dir, files[0] ?? ''), 'utf8');
    expect(base.split('\n')[0]).toMatch(/^[0-9a-f]{8} \{"t":"base","v":1\}$/);

    await journal.close();
    journal = await openAt(dir);
    await expectExactly(journal, expected);
    expect(journal.recovery.removedFiles).toEqual([]);
  });

  it('keeps an entry whose stored payload went bad, without the payload', async () => {
    const dir = await dirs.make();
    const journal = await openAt(dir);
    const expected = await history(journal, 46);
    const [id] = [...expected.keys()] as [string];
    // Damage the heavy part of that entry's put line, found by its id.
    for (const name of await segments(dir)) {
      const bytes = await readFile(join(dir, name));
      const at = bytes.indexOf(`{"t":"put","e":["${id}"`);
      if (at === -1) continue;
      const end = bytes.indexOf(0x0a, at);
      bytes[end - 2] = (bytes[end - 2] ?? 0) ^ 0x20;
      await writeFile(join(dir, name), bytes);
    }
    await journal.compact();
    expect(journal.stats().payloadsLost).toBe(1);
    expect(journal.size).toBe(expected.size);
    const full = await journal.getFull(id);
    expect(full?.state).toBe(expected.get(id)?.state);
    expect(full?.message.decoded.raw).toBe('');
    expect(full?.message.event.title).toBe(expected.get(id)?.message.event.title);
  });

  it('starts by itself once dead records pass the threshold', async () => {
    const dir = await dirs.make();
    const journal = await openAt(dir, {
      tuning: { segmentMaxBytes: 32 * 1024, compactMinBytes: 64 * 1024, compactDeadRatio: 0.5 },
      retention: { maxEntries: 5, maxAgeDays: Infinity },
    });
    const entries = demoEntries(41, 60).map((entry) => ({ ...entry, leaseExpiresAt: 0 }));
    for (let i = 0; i < entries.length; i += 5) await journal.upsert(entries.slice(i, i + 5));
    // close() waits for a running compaction to finish.
    await journal.close();
    expect(journal.stats().compactions).toBeGreaterThan(0);
    expect(journal.stats().lastCompactionError).toBeUndefined();

    const reopened = await openAt(dir);
    expect(reopened.size).toBe(5);
    const last = entries
      .slice(-5)
      .map((entry) => entry.id)
      .sort();
    expect(
      reopened
        .query()
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual(last);
  });

  it('keeps writes made while it copies', async () => {
    const dir = await dirs.make();
    let journal = await openAt(dir);
    const expected = await history(journal, 42);
    const extra = demoEntries(43, 8, { prefix: 'during' });
    const [firstKept] = [...expected.keys()] as [string];
    await Promise.all([
      journal.compact(),
      journal.upsert(extra),
      journal.update(firstKept, { state: 'deleted' }),
      journal.getFull(firstKept),
    ]);
    for (const entry of extra) expected.set(entry.id, entry);
    const kept = expected.get(firstKept);
    if (kept) expected.set(firstKept, { ...kept, state: 'deleted' });
    await expectExactly(journal, expected);

    await journal.close();
    journal = await openAt(dir);
    await expectExactly(journal, expected);
  });
});

describe('a crash between compaction steps loses nothing', () => {
  const steps: CompactionStep[] = [
    'snapshot-taken',
    'temp-synced',
    'renamed',
    'dir-synced',
    'old-segment-removed',
  ];

  for (const step of steps) {
    it(`after "${step}"`, async () => {
      const dir = await dirs.make();
      let reached: () => void = () => undefined;
      const frozen = new Promise<void>((resolve) => (reached = resolve));
      // Freezing at the step is the crash: nothing after it ever runs.
      const crashed = await openJournal({
        dir,
        retention: UNLIMITED,
        tuning: SMALL,
        hooks: {
          compactionStep: (at) => {
            if (at !== step) return;
            reached();
            return new Promise<void>(() => undefined);
          },
        },
      });
      const expected = await history(crashed, 44);
      const oldSegments = await segments(dir);
      void crashed.compact();
      await frozen;
      // Before the rename the queue is free: writes during the copy must survive too.
      if (step === 'snapshot-taken' || step === 'temp-synced') {
        const extra = demoEntries(45, 4, { prefix: 'late' });
        await crashed.upsert(extra);
        for (const entry of extra) expected.set(entry.id, entry);
      }

      const journal = await openAt(dir);
      await expectExactly(journal, expected);
      const after = await segments(dir);
      if (step === 'snapshot-taken') expect(journal.recovery.removedFiles).toEqual([]);
      if (step === 'temp-synced') {
        expect(journal.recovery.removedFiles).toEqual([expect.stringMatching(/\.tmp$/)]);
      }
      if (step === 'renamed' || step === 'dir-synced' || step === 'old-segment-removed') {
        // Everything below the compaction's output is gone, whichever of it the crash left.
        for (const name of oldSegments) expect(after).not.toContain(name);
      }
      expect(after.some((name) => name.endsWith('.tmp'))).toBe(false);
    });
  }
});
