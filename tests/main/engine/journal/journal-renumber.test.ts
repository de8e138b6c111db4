import { afterAll, describe, expect, it } from 'vitest';

import type { JournalEntry } from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { START_MS, copiesOf, demoEntries, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const time = (entry: JournalEntry): number =>
  entry.message.event.eventTime ?? entry.message.envelope.enqueueTime;

describe('many entries dropped at once', () => {
  it('renumbers rows and still answers queries right, also after a restart', async () => {
    const dir = await dirs.make();
    const originals = demoEntries(60, 300, { state: 'visible' }).map((entry) => ({
      ...entry,
      leaseExpiresAt: undefined,
    }));
    const entries = copiesOf(originals, 9000, 'r');
    let journal = await openJournal({
      dir,
      retention: { maxEntries: Infinity, maxAgeDays: Infinity },
    });
    for (let i = 0; i < entries.length; i += 1000) await journal.upsert(entries.slice(i, i + 1000));
    const before = journal.query({ text: 'transcode', limit: Infinity });
    expect(before.total).toBeGreaterThan(1000);

    // Keep the 2,000 seen last: 7,000 rows die, more than live ones, so rows are renumbered.
    await journal.setRetention({ maxEntries: 2000, maxAgeDays: Infinity });
    const kept = entries.slice(-2000);
    for (let round = 0; round < 2; round += 1) {
      expect(journal.size).toBe(2000);
      for (const text of ['transcode', 'transcode success', '']) {
        const result = journal.query({ text, limit: Infinity });
        const words = text.split(' ').filter(Boolean);
        const expected = kept.filter((entry) => {
          const { title, subtitle } = entry.message.event;
          const haystack = [title, subtitle, entry.message.decoded.innerText]
            .join(' ')
            .toLowerCase();
          return words.every((word) => haystack.includes(word));
        });
        expect(result.entries.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
        const times = result.entries.map(time);
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }
      const [first] = kept as [JournalEntry];
      await journal.update(first.id, { state: 'deleted' });
      expect(journal.query({ states: ['deleted'] }).entries.map((e) => e.id)).toEqual([first.id]);
      await journal.update(first.id, { state: 'visible' });
      // New entries after the renumbering land in fresh rows.
      const late = copiesOf(originals, 5, 'late', START_MS + 10_000_000);
      await journal.upsert(late);
      expect(journal.query({ text: late[0]?.message.envelope.messageId ?? '' }).total).toBe(1);
      await journal.setRetention({ maxEntries: 2000, maxAgeDays: Infinity });
      kept.splice(0, 5);
      kept.push(...late);
      await journal.close();
      journal = await openJournal({ dir, retention: { maxEntries: 2000, maxAgeDays: Infinity } });
    }
    await journal.close();
  }, 60_000);
});
