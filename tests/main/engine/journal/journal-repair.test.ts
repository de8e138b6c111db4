import { appendFile, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { Journal, JournalEntry } from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { demoEntries, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
const open: Journal[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.close()));
  await dirs.cleanup();
});

const RETENTION = { maxEntries: Infinity, maxAgeDays: Infinity };

async function openAt(dir: string): Promise<Journal> {
  const journal = await openJournal({ dir, retention: RETENTION, now: () => 1_700_000_000_000 });
  open.push(journal);
  return journal;
}

/** A closed journal holding `good` (one batch each of 4), and the path of its segment. */
async function written(dir: string, good: JournalEntry[]): Promise<string> {
  const journal = await openJournal({ dir, retention: RETENTION });
  for (let i = 0; i < good.length; i += 4) await journal.upsert(good.slice(i, i + 4));
  await journal.close();
  const [segment] = (await readdir(dir)).filter((name) => name.endsWith('.jnl')) as [string];
  return join(dir, segment);
}

async function expectAllPresent(journal: Journal, entries: JournalEntry[]): Promise<void> {
  expect(journal.size).toBe(entries.length);
  for (const entry of entries) expect(await journal.getFull(entry.id)).toEqual(entry);
}

describe('torn tail repair', () => {
  const cases: [string, (segment: string, size: number) => Promise<void>][] = [
    ['garbage appended', (segment) => appendFile(segment, 'not a record at all\n{"t":')],
    [
      'half a record',
      async (segment) => {
        const line = (await readFile(segment, 'utf8')).split('\n')[0] ?? '';
        await appendFile(segment, line.slice(0, Math.floor(line.length / 2)));
      },
    ],
    ['zero-filled blocks', (segment) => appendFile(segment, Buffer.alloc(8192))],
    [
      'a record with a flipped byte',
      (segment) => appendFile(segment, '00000000 {"t":"drop","ids":[]}\n'),
    ],
  ];

  for (const [name, damage] of cases) {
    it(`cuts ${name}, keeps the good entries and quarantines the cut bytes`, async () => {
      const dir = await dirs.make();
      const entries = demoEntries(20, 12);
      const segment = await written(dir, entries);
      const before = await readFile(segment);
      await damage(segment, before.length);
      const damaged = await readFile(segment);

      const journal = await openAt(dir);
      await expectAllPresent(journal, entries);
      expect(journal.recovery.truncatedBytes).toBe(damaged.length - before.length);
      expect(journal.recovery.quarantinedFiles).toHaveLength(1);
      const [quarantined] = journal.recovery.quarantinedFiles as [string];
      expect(quarantined).toContain(join(dir, 'quarantine'));
      expect(await readFile(quarantined)).toEqual(damaged.subarray(before.length));
      expect(await readFile(segment)).toEqual(before);
    });
  }

  it('cuts a record truncated mid-line, losing only that unacknowledged batch', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(21, 12);
    const segment = await written(dir, entries);
    const size = (await readFile(segment)).length;
    await truncate(segment, size - 100);

    let journal = await openAt(dir);
    // The last line (the 12th entry) lost its end; the other eleven are whole.
    await expectAllPresent(journal, entries.slice(0, 11));
    expect(journal.recovery.truncatedBytes).toBeGreaterThan(0);

    // Appending after a repair works, and the next start finds nothing to repair.
    await journal.upsert(entries.slice(11));
    await journal.close();
    journal = await openAt(dir);
    await expectAllPresent(journal, entries);
    expect(journal.recovery.truncatedBytes).toBe(0);
    expect(journal.recovery.quarantinedFiles).toEqual([]);
  });

  it('cuts an entirely unreadable segment to nothing without crashing', async () => {
    const dir = await dirs.make();
    await written(dir, []);
    const [segment] = (await readdir(dir)) as [string];
    await writeFile(join(dir, segment), Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x41]));
    const journal = await openAt(dir);
    expect(journal.size).toBe(0);
    expect(journal.recovery.truncatedBytes).toBe(5);
  });
});

describe('damage in the middle', () => {
  it('skips and reports a corrupt record; everything else loads', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(22, 12);
    const segment = await written(dir, entries);
    const bytes = await readFile(segment);
    const lines = bytes.toString('utf8').split('\n');
    const offset = Buffer.byteLength(lines.slice(0, 5).join('\n')) + 1;
    // Flip one byte inside the sixth record's JSON.
    bytes[offset + 40] = (bytes[offset + 40] ?? 0) ^ 0x01;
    await writeFile(segment, bytes);

    const journal = await openAt(dir);
    const survivors = entries.filter((_, i) => i !== 5);
    await expectAllPresent(journal, survivors);
    expect(journal.get(entries[5]?.id ?? '')).toBeUndefined();
    expect(journal.recovery.corruptRecords).toEqual([
      {
        file: segment.slice(dir.length + 1),
        offset,
        length: Buffer.byteLength(lines[5] ?? '') + 1,
      },
    ]);
    expect(journal.recovery.truncatedBytes).toBe(0);
  });

  it('skips a well-formed record it cannot read (an unknown type, a bad shape)', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(23, 4);
    const segment = await written(dir, entries);
    const { encodeLine } = await import('../../../../main/engine/journal/record-codec');
    await appendFile(segment, encodeLine('{"t":"from-the-future"}'));
    await appendFile(segment, encodeLine('{"t":"put","e":{"id":42}}'));
    await appendFile(segment, encodeLine('{"t":"mut","id":"x","m":{"state":"deleted"}}'));
    const journal = await openAt(dir);
    await expectAllPresent(journal, entries);
    expect(journal.recovery.unreadableRecords).toBe(2);
  });

  it('refuses to hand out a payload damaged on disk after it was loaded', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(25, 2);
    const segment = await written(dir, entries);
    const journal = await openAt(dir);
    const bytes = await readFile(segment);
    // The last byte before the final newline lies in the second entry's heavy part.
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 0x20;
    await writeFile(segment, bytes);
    await expect(journal.getFull(entries[1]?.id ?? '')).rejects.toThrow(/damaged/);
    expect(await journal.getFull(entries[0]?.id ?? '')).toEqual(entries[0]);
  });

  it('removes a compaction temp file left by a crash', async () => {
    const dir = await dirs.make();
    const entries = demoEntries(24, 4);
    await written(dir, entries);
    await writeFile(join(dir, 'segment-00000009.jnl.tmp'), 'half a compaction');
    const journal = await openAt(dir);
    await expectAllPresent(journal, entries);
    expect(journal.recovery.removedFiles).toEqual(['segment-00000009.jnl.tmp']);
    expect(await readdir(dir)).not.toContain('segment-00000009.jnl.tmp');
  });
});
