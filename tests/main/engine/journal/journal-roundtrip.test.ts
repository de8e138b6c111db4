import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { Journal, JournalEntry, JournalOptions } from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { demoEntries, peekOf, redelivery, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
const open: Journal[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.close()));
  await dirs.cleanup();
});

const RETENTION = { maxEntries: Infinity, maxAgeDays: Infinity };

async function openAt(dir: string, options: Partial<JournalOptions> = {}): Promise<Journal> {
  const journal = await openJournal({ dir, retention: RETENTION, ...options });
  open.push(journal);
  return journal;
}

async function reopen(journal: Journal, dir: string): Promise<Journal> {
  await journal.close();
  return openAt(dir);
}

describe('round trip', () => {
  it('restores every entry after a reopen, complete through getFull', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(1, 120);
    let journal = await openAt(dir);
    await journal.upsert(entries.slice(0, 50));
    await journal.upsert(entries.slice(50));
    journal = await reopen(journal, dir);

    expect(journal.size).toBe(120);
    expect(journal.recovery).toEqual({
      truncatedBytes: 0,
      quarantinedFiles: [],
      corruptRecords: [],
      unreadableRecords: 0,
      removedFiles: [],
    });
    for (const entry of entries) expect(await journal.getFull(entry.id)).toEqual(entry);
  });

  it('keeps only the slim part in memory and gives the rest back from disk', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(2, 1) as [JournalEntry];
    const journal = await openAt(dir);
    await journal.upsert([entry]);

    const slim = journal.get(entry.id);
    expect(slim?.message.event.title).toBe(entry.message.event.title);
    expect(slim?.message.envelope.rawXml).toBe('');
    expect(slim?.message.decoded.raw).toBe('');
    expect(slim?.message.decoded.payload).toBeUndefined();
    expect(slim?.message.event.summary).toEqual({ facts: [] });
    expect(Object.isFrozen(slim)).toBe(true);
    expect(await journal.getFull(entry.id)).toEqual(entry);
    expect(await journal.getFull('no/such/id')).toBeUndefined();
  });

  it('creates the directory and starts empty', async () => {
    const dir = await dirs.make();
    const journal = await openAt(join(dir, 'nested', 'deeper'));
    expect(journal.size).toBe(0);
    expect(journal.query().total).toBe(0);
  });

  it('rejects a malformed entry without writing any of its batch', async () => {
    const dir = await dirs.make();
    const [good, bad] = demoEntries(3, 2) as [JournalEntry, JournalEntry];
    const broken = {
      ...bad,
      message: { ...bad.message, event: { ...bad.message.event, kind: 'x' } },
    };
    let journal = await openAt(dir);
    await expect(journal.upsert([good, broken as unknown as JournalEntry])).rejects.toThrow(
      /malformed: event\.kind/,
    );
    journal = await reopen(journal, dir);
    expect(journal.size).toBe(0);
  });

  it('refuses writes after close', async () => {
    const dir = await dirs.make();
    const journal = await openAt(dir);
    await journal.close();
    await expect(journal.upsert(demoEntries(4, 1))).rejects.toThrow(/closed/);
  });
});

describe('dedupe by id', () => {
  it('merges a redelivery: newest handle and lease, deliveries add up', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(5, 1) as [JournalEntry];
    let journal = await openAt(dir);
    await journal.upsert([entry]);
    await journal.update(entry.id, { state: 'visible', receiptHandle: undefined });
    const again = redelivery(entry, entry.lastSeenAt + 60_000, 'handle-2');
    const [stored] = await journal.upsert([again]);

    const expected = {
      state: 'leased',
      receiptHandle: 'handle-2',
      leaseExpiresAt: again.leaseExpiresAt,
      firstSeenAt: entry.firstSeenAt,
      lastSeenAt: again.lastSeenAt,
      deliveries: 2,
    };
    expect(stored).toMatchObject(expected);
    expect(stored?.message.envelope).toMatchObject({ receiptHandle: 'handle-2', dequeueCount: 2 });
    expect(journal.size).toBe(1);
    expect(journal.query().total).toBe(1);

    journal = await reopen(journal, dir);
    expect(journal.size).toBe(1);
    const full = await journal.getFull(entry.id);
    expect(full).toMatchObject(expected);
    // The original message stays: its first envelope as it arrived, its body and event.
    expect(full?.message.envelope.rawXml).toBe(entry.message.envelope.rawXml);
    expect(full?.message.event).toEqual(entry.message.event);
  });

  it('keeps a deleted entry deleted when the message comes back', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(6, 1) as [JournalEntry];
    const journal = await openAt(dir);
    await journal.upsert([entry]);
    await journal.update(entry.id, { state: 'deleted' });
    const [stored] = await journal.upsert([redelivery(entry, entry.lastSeenAt + 1, 'h2')]);
    expect(stored).toMatchObject({ state: 'deleted', receiptHandle: 'h2', deliveries: 2 });
  });

  it('ignores the lease of a delivery older than the stored one', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(7, 1) as [JournalEntry];
    const journal = await openAt(dir);
    await journal.upsert([redelivery(entry, entry.lastSeenAt + 100, 'newer')]);
    const [stored] = await journal.upsert([redelivery(entry, entry.lastSeenAt + 50, 'older')]);
    expect(stored).toMatchObject({ receiptHandle: 'newer', deliveries: 2 });
  });

  it('merges duplicates inside one batch, and a peek changes no lease', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(8, 1) as [JournalEntry];
    let journal = await openAt(dir);
    const batch = [entry, redelivery(entry, entry.lastSeenAt + 10, 'h2')];
    const results = await journal.upsert(batch);
    expect(results.map((r) => r.receiptHandle)).toEqual(['h2', 'h2']);
    expect(journal.get(entry.id)).toMatchObject({ deliveries: 2, receiptHandle: 'h2' });

    await journal.upsert([peekOf(entry, entry.lastSeenAt + 20)]);
    expect(journal.get(entry.id)).toMatchObject({
      state: 'leased',
      receiptHandle: 'h2',
      deliveries: 3,
      lastSeenAt: entry.lastSeenAt + 20,
    });
    journal = await reopen(journal, dir);
    expect(journal.size).toBe(1);
    expect(journal.get(entry.id)).toMatchObject({ receiptHandle: 'h2', deliveries: 3 });
  });
});

describe('writes nothing for nothing', () => {
  it('skips a merge that changes nothing (no delivery counted, seen no later)', async () => {
    const dir = await dirs.make();
    const [entry] = demoEntries(13, 1) as [JournalEntry];
    const journal = await openAt(dir);
    await journal.upsert([entry]);
    const bytes = journal.stats().totalBytes;
    const [stored] = await journal.upsert([{ ...peekOf(entry, entry.lastSeenAt), deliveries: 0 }]);
    expect(journal.stats().totalBytes).toBe(bytes);
    expect(stored).toBe(journal.get(entry.id));
    await journal.update(entry.id, { state: 'leased' });
    expect(journal.stats().totalBytes).toBe(bytes);
  });
});

describe('update', () => {
  it('is durable: a reopened journal sees it', async () => {
    const dir = await dirs.make();
    const [a, b] = demoEntries(9, 2) as [JournalEntry, JournalEntry];
    let journal = await openAt(dir);
    await journal.upsert([a, b]);
    const updated = await journal.update(a.id, {
      state: 'delete-failed',
      lastError: 'The receipt handle has expired',
      leaseExpiresAt: undefined,
    });
    expect(updated).toMatchObject({ state: 'delete-failed', leaseExpiresAt: undefined });

    journal = await reopen(journal, dir);
    expect(journal.get(a.id)).toMatchObject({
      state: 'delete-failed',
      lastError: 'The receipt handle has expired',
      leaseExpiresAt: undefined,
      receiptHandle: a.receiptHandle,
    });
    expect(journal.get(b.id)).toMatchObject({ state: 'leased', lastError: undefined });
  });

  it('answers undefined for an unknown id and writes nothing', async () => {
    const dir = await dirs.make();
    const journal = await openAt(dir);
    expect(await journal.update('nope', { state: 'deleted' })).toBeUndefined();
    expect(journal.stats().totalBytes).toBe(0);
  });
});

describe('durability contract', () => {
  it('fsyncs once per batch, before the batch resolves', async () => {
    const dir = await dirs.make();
    const synced: string[] = [];
    const journal = await openAt(dir, {
      hooks: { synced: (target, path) => synced.push(`${target}:${path}`) },
    });
    synced.length = 0;
    const pending = journal.upsert(demoEntries(10, 16));
    expect(synced).toEqual([]);
    await pending;
    expect(synced.filter((s) => s.startsWith('file:'))).toHaveLength(1);
    const [id] = journal.query({ limit: 1 }).entries.map((e) => e.id) as [string];
    await journal.update(id, { state: 'deleting' });
    expect(synced.filter((s) => s.startsWith('file:'))).toHaveLength(2);
  });

  it('serializes concurrent calls in call order', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(11, 40);
    let journal = await openAt(dir);
    const [first] = entries as [JournalEntry];
    await Promise.all([
      ...entries.map((entry) => journal.upsert([entry])),
      journal.update(first.id, { state: 'deleting' }),
      journal.update(first.id, { state: 'deleted' }),
    ]);
    journal = await reopen(journal, dir);
    expect(journal.size).toBe(40);
    expect(journal.get(first.id)?.state).toBe('deleted');
  });

  it('writes newline-delimited records, each led by its checksum', async () => {
    const dir = await dirs.make();
    const journal = await openAt(dir);
    await journal.upsert(demoEntries(12, 3));
    await journal.close();
    const [segment] = (await readdir(dir)).filter((name) => name.endsWith('.jnl')) as [string];
    const lines = (await readFile(join(dir, segment), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{8} \{"t":"put"/);
  });
});
