import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Journal, JournalEntry, JournalFilter } from '../../../../main/engine/journal';
import { openJournal } from '../../../../main/engine/journal';
import { START_MS, bodyEntry, demoEntries, tempDirs } from './support/demo-entries';

const dirs = tempDirs();
let journal: Journal;
const all: JournalEntry[] = [];

const time = (entry: JournalEntry): number =>
  entry.message.event.eventTime ?? entry.message.envelope.enqueueTime;

// Custom bodies: a token only in the payload, and an event with no time of its own.
const tokenEntry = bodyEntry(
  'TOKEN-1',
  JSON.stringify({
    EventTime: '2025-06-02T09:00:00Z',
    EventType: 'FileUploadComplete',
    VideoId: 'aaaabbbbccccdddd0000111122223333',
    Status: 'success',
    Extend: JSON.stringify({ ticket: 'Zebra-Crossing-42' }),
  }),
  START_MS,
);
const timeless = bodyEntry('TIMELESS-1', 'this body is not JSON at all', START_MS + 3_600_000);
const chinese = bodyEntry(
  'CHINESE-1',
  JSON.stringify({
    EventTime: '2025-06-02T09:30:00Z',
    EventType: 'TranscodeComplete',
    VideoId: 'eeeeffff00001111222233334444aaaa',
    Status: 'success',
    Extend: JSON.stringify({ 标题: '发布会 精彩片段' }),
  }),
  START_MS,
);

beforeAll(async () => {
  journal = await openJournal({
    dir: await dirs.make(),
    retention: { maxEntries: Infinity, maxAgeDays: Infinity },
  });
  all.push(
    ...demoEntries(50, 150, { prefix: 'a' }),
    ...demoEntries(51, 100, { prefix: 'b', regionId: 'ap-southeast-1' }),
    ...demoEntries(52, 50, { prefix: 'c', accountId: '9999999999999999', state: 'peeked' }),
    tokenEntry,
    timeless,
    chinese,
  );
  await journal.upsert(all);
  const deleted = all.filter((_, i) => i % 10 === 3);
  for (const entry of deleted) await journal.update(entry.id, { state: 'deleted' });
  for (const entry of deleted) all[all.indexOf(entry)] = { ...entry, state: 'deleted' };
});
afterAll(async () => {
  await journal.close();
  await dirs.cleanup();
});

/** Search text rules as documented: symbols are spaces, quotes and backslashes are dropped. */
const normalized = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\t\n\r\u0080-\u00bf\u00d7\u00f7\u2000-\u2bff\u3000-\u303f\uff01-\uff0f]/g, ' ')
    .replace(/["\\]/g, '');

/** The obvious, slow reading of a filter, to check the fast one against. */
function reference(filter: JournalFilter): { ids: string[]; counts: Record<string, number> } {
  const words = normalized(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const within = all.filter((entry) => {
    const { event, envelope, decoded } = entry.message;
    const topics = decoded.layers.flatMap((layer) =>
      layer.kind === 'topic-json' || layer.kind === 'topic-xml'
        ? [layer.topicName ?? '', layer.subscriptionName ?? '', layer.messageTag ?? '']
        : [],
    );
    const haystack = normalized(
      [event.title, event.subtitle, event.eventType, envelope.messageId]
        .concat(event.keyId ?? [], event.jobId ?? [], topics, decoded.innerText)
        .join('\n'),
    );
    const t = time(entry);
    return (
      words.every((word) => haystack.includes(word)) &&
      t >= (filter.from ?? -Infinity) &&
      t <= (filter.to ?? Infinity)
    );
  });
  const counts: Record<string, number> = {};
  for (const entry of within) {
    const { event, origin } = entry.message;
    const keys = [
      `outcome:${event.outcome}`,
      `kind:${event.kind}`,
      `queue:${origin.queue}`,
      `eventType:${event.eventType}`,
      `account:${origin.accountId}`,
      `region:${origin.regionId}`,
    ];
    for (const key of keys) {
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  const has = <T>(values: readonly T[] | undefined, value: T): boolean =>
    !values || values.length === 0 || values.includes(value);
  const ids = within
    .filter((entry) => {
      const { event, origin } = entry.message;
      return (
        has(filter.outcomes, event.outcome) &&
        has(filter.kinds, event.kind) &&
        has(filter.sources, event.source) &&
        has(filter.eventTypes, event.eventType) &&
        has(filter.accountIds, origin.accountId) &&
        has(filter.regionIds, origin.regionId) &&
        has(filter.queues, origin.queue) &&
        has(filter.states, entry.state) &&
        (filter.correlationKey === undefined ||
          entry.message.correlationKey === filter.correlationKey)
      );
    })
    .sort((a, b) => time(b) - time(a))
    .map((entry) => entry.id);
  return { ids, counts };
}

function check(filter: JournalFilter): string[] {
  const result = journal.query({ ...filter, limit: Infinity });
  const expected = reference(filter);
  // Equal times may come in either order in the reference; compare as sets, then the order.
  expect([...result.entries.map((e) => e.id)].sort()).toEqual([...expected.ids].sort());
  expect(result.total).toBe(expected.ids.length);
  const times = result.entries.map(time);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const counts: Record<string, number> = {};
  for (const [group, values] of Object.entries(result.counts)) {
    if (group === 'source') continue;
    for (const [value, count] of Object.entries(values as Record<string, number>)) {
      if (count > 0) counts[`${group}:${value}`] = count;
    }
  }
  expect(counts).toEqual(expected.counts);
  return result.entries.map((e) => e.id);
}

describe('text search', () => {
  it('finds words in the title, case-insensitively', () => {
    const title = all[0]?.message.event.title ?? '';
    const word = title.split(/\s+/).find((w) => w.length > 4) ?? title;
    expect(check({ text: word.toUpperCase() })).toContain(all[0]?.id);
  });

  it('finds words only present in the raw payload', () => {
    expect(tokenEntry.message.event.title.toLowerCase()).not.toContain('zebra');
    expect(check({ text: 'zebra-crossing-42' })).toEqual([tokenEntry.id]);
    expect(check({ text: 'ZEBRA   aaaabbbbccccdddd' })).toEqual([tokenEntry.id]);
    expect(check({ text: 'zebra nowhere-to-be-found' })).toEqual([]);
  });

  it('ignores quotes and backslashes, so a key-value pair is found in nested JSON too', () => {
    // The ticket sits in Extend, a JSON string inside the body: its quotes are escaped there.
    expect(tokenEntry.message.decoded.innerText).toContain('\\"ticket\\":\\"Zebra');
    expect(check({ text: '"ticket":"Zebra-Crossing-42"' })).toEqual([tokenEntry.id]);
    expect(check({ text: '"Status":"success" "ticket"' })).toEqual([tokenEntry.id]);
  });

  it('finds text in other scripts, and ignores decorative symbols', () => {
    expect(check({ text: '精彩片段' })).toEqual([chinese.id]);
    expect(check({ text: '发布会→精彩' })).toEqual([chinese.id]);
  });

  it('finds the MessageId and the key id', () => {
    expect(check({ text: 'timeless-1' })).toEqual([timeless.id]);
    const keyed = all.find((entry) => entry.message.event.keyId !== undefined);
    expect(check({ text: keyed?.message.event.keyId ?? '' })).toContain(keyed?.id);
  });

  it('stays right while words are typed, changed and removed, and entries arrive', async () => {
    for (const text of ['t', 'tr', 'trans', 'transcode', 'trans', 'transcode success', 'o', '']) {
      check({ text });
    }
    const late = demoEntries(53, 10, { prefix: 'late' });
    await journal.upsert(late);
    all.push(...late);
    for (const text of ['transcode success', 'transcode', 'success transcode']) check({ text });
  });
});

describe('filters', () => {
  const cases: [string, JournalFilter][] = [
    ['outcomes', { outcomes: ['failure', 'partial'] }],
    ['kinds', { kinds: ['transcode'] }],
    ['sources', { sources: ['mps-job', 'mps-workflow'] }],
    ['eventTypes', { eventTypes: ['FileUploadComplete'] }],
    ['accountIds', { accountIds: ['9999999999999999'] }],
    ['regionIds', { regionIds: ['ap-southeast-1'] }],
    ['queues', { queues: ['mns-watch-demo-vod'] }],
    ['states', { states: ['deleted', 'peeked'] }],
    ['from/to', { from: START_MS + 60_000, to: START_MS + 20 * 60_000 }],
    ['text with chips', { text: 'transcode', outcomes: ['success'], regionIds: ['cn-shanghai'] }],
    ['empty arrays', { outcomes: [], kinds: [] }],
  ];
  for (const [name, filter] of cases) {
    it(`filters by ${name}`, () => {
      const ids = check(filter);
      expect(ids.length).toBeGreaterThan(0);
      if (name !== 'empty arrays') expect(ids.length).toBeLessThan(all.length);
    });
  }

  it('filters by correlation key', () => {
    const key = all[5]?.message.correlationKey ?? '';
    const ids = check({ correlationKey: key });
    expect(ids).toContain(all[5]?.id);
  });

  it('counts over the text and time selection only, ignoring chips', () => {
    const plain = journal.query({ text: 'transcode' });
    const chipped = journal.query({ text: 'transcode', outcomes: ['failure'], queues: ['x'] });
    expect(chipped.counts).toEqual(plain.counts);
    expect(chipped.total).toBe(0);
    expect(plain.counts.outcome.failure).toBeGreaterThan(0);
    expect(Object.keys(plain.counts.queue).length).toBeGreaterThan(0);
  });
});

describe('order and paging', () => {
  it('lists newest first, falling back to the enqueue time', () => {
    const ids = check({});
    expect(timeless.message.event.eventTime).toBeUndefined();
    const position = ids.indexOf(timeless.id);
    const entries = journal.query({ limit: Infinity }).entries;
    expect(time(entries[position - 1] ?? timeless)).toBeGreaterThanOrEqual(time(timeless));
    expect(time(entries[position + 1] ?? timeless)).toBeLessThanOrEqual(time(timeless));
  });

  it('pages through the matches with a stable total', () => {
    const everything = journal.query({ limit: Infinity }).entries.map((e) => e.id);
    const pages: string[] = [];
    for (let offset = 0; offset < everything.length; offset += 37) {
      const page = journal.query({ offset, limit: 37 });
      expect(page.total).toBe(everything.length);
      pages.push(...page.entries.map((e) => e.id));
    }
    expect(pages).toEqual(everything);
    expect(journal.query().entries).toHaveLength(200);
    expect(journal.query({ offset: everything.length }).entries).toEqual([]);
  });
});
