import { describe, expect, it } from 'vitest';

import type { FeedQuery } from '../../../preload/contract';
import { describeFilter } from '../../../renderer/filters/describe-filter';
import {
  clearFilters,
  isFilterActive,
  sameFilter,
  toggleValue,
  withList,
  withText,
  withTimeRange,
} from '../../../renderer/filters/query-edit';
import { validateFilterName } from '../../../renderer/filters/saved-filters';
import {
  currentTimeChoice,
  fromLocalInput,
  presetRange,
  toLocalInput,
} from '../../../renderer/filters/time-range';
import { createTranslate } from '../../../renderer/i18n/i18n-context';

const t = createTranslate('en');
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('toggleValue', () => {
  it('adds a value to a list filter that does not have it', () => {
    expect(toggleValue({}, 'outcomes', 'failure')).toEqual({ outcomes: ['failure'] });
    expect(toggleValue({ outcomes: ['failure'] }, 'outcomes', 'partial')).toEqual({
      outcomes: ['failure', 'partial'],
    });
  });

  it('removes a present value, and the whole filter when it was the last one', () => {
    expect(toggleValue({ kinds: ['upload', 'transcode'] }, 'kinds', 'upload')).toEqual({
      kinds: ['transcode'],
    });
    expect(toggleValue({ kinds: ['upload'], text: 'x' }, 'kinds', 'upload')).toEqual({ text: 'x' });
  });

  it('keeps every other filter and restarts paging, without changing the input', () => {
    const query: FeedQuery = { text: 'abc', queues: ['q1'], limit: 50, offset: 100 };
    expect(toggleValue(query, 'sources', 'vod')).toEqual({
      text: 'abc',
      queues: ['q1'],
      sources: ['vod'],
      limit: 50,
    });
    expect(query).toEqual({ text: 'abc', queues: ['q1'], limit: 50, offset: 100 });
  });
});

describe('query edits', () => {
  it('sets and removes a whole list filter', () => {
    expect(withList({}, 'queues', ['a', 'b'])).toEqual({ queues: ['a', 'b'] });
    expect(withList({ queues: ['a'] }, 'queues', [])).toEqual({});
  });

  it('trims search text and removes it when blank', () => {
    expect(withText({}, '  VideoId  ')).toEqual({ text: 'VideoId' });
    expect(withText({ text: 'x' }, '   ')).toEqual({});
  });

  it('sets time bounds and removes undefined ones', () => {
    expect(withTimeRange({ to: 5 }, { from: 1 })).toEqual({ from: 1 });
    expect(withTimeRange({ from: 1, to: 5 }, {})).toEqual({});
  });
});

describe('isFilterActive', () => {
  it('is false for an empty query and for paging alone', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ limit: 200, offset: 400, text: '  ', outcomes: [] })).toBe(false);
  });

  it.each<FeedQuery>([
    { text: 'job' },
    { outcomes: ['failure'] },
    { eventTypes: ['SnapshotComplete'] },
    { states: ['leased'] },
    { from: 1 },
    { to: 1 },
    { correlationKey: 'acc:asset:1' },
  ])('is true for %j', (query) => {
    expect(isFilterActive(query)).toBe(true);
  });
});

describe('clearFilters and sameFilter', () => {
  it('clears every filter but keeps the page size', () => {
    expect(clearFilters({ text: 'a', kinds: ['ai'], from: 1, limit: 100, offset: 200 })).toEqual({
      limit: 100,
    });
    expect(clearFilters({ outcomes: ['failure'] })).toEqual({});
  });

  it('compares filters ignoring list order, blank lists and paging', () => {
    expect(
      sameFilter({ kinds: ['upload', 'ai'], limit: 10 }, { kinds: ['ai', 'upload'], queues: [] }),
    ).toBe(true);
    expect(sameFilter({ kinds: ['upload'] }, { kinds: ['upload'], text: 'x' })).toBe(false);
  });
});

describe('describeFilter', () => {
  it('says "All events" for a query that filters nothing', () => {
    expect(describeFilter({ limit: 10 }, t)).toBe('All events');
  });

  it('lists every filter with translated values and account names', () => {
    const text = describeFilter(
      {
        text: 'trailer',
        outcomes: ['failure', 'partial'],
        kinds: ['transcode'],
        accountIds: ['123', '456'],
        queues: ['vod-events'],
      },
      t,
      { '123': 'Production' },
    );
    expect(text).toBe(
      'Text “trailer” · Outcome: Failed, Partly failed · Step: Transcode · Account: Production, 456 · Queue: vod-events',
    );
  });

  it('shows time bounds as local dates', () => {
    const from = new Date(2026, 10, 23, 14, 5).getTime();
    expect(describeFilter({ from }, t)).toBe('From 2026-11-23 14:05');
  });

  it('speaks Chinese when asked', () => {
    expect(describeFilter({ outcomes: ['failure'] }, createTranslate('zh-CN'))).toBe('结果：失败');
  });
});

describe('time presets', () => {
  it('turns a preset into an open-ended from bound', () => {
    expect(presetRange('15m', NOW)).toEqual({ from: NOW - 15 * 60_000 });
    expect(presetRange('1h', NOW)).toEqual({ from: NOW - 3_600_000 });
    expect(presetRange('24h', NOW)).toEqual({ from: NOW - 86_400_000 });
    expect(presetRange('7d', NOW)).toEqual({ from: NOW - 7 * 86_400_000 });
    expect(presetRange('all', NOW)).toEqual({});
  });

  it('recognises the preset last picked, and shows other bounds as custom', () => {
    const picked = { preset: '1h' as const, from: NOW - 3_600_000, to: undefined };
    expect(currentTimeChoice({ from: NOW - 3_600_000, to: undefined }, picked)).toBe('1h');
    expect(currentTimeChoice({ from: 5, to: undefined }, picked)).toBe('custom');
    expect(currentTimeChoice({ from: undefined, to: undefined }, picked)).toBe('all');
  });

  it('keeps an empty custom range open', () => {
    const picked = { preset: 'custom' as const, from: undefined, to: undefined };
    expect(currentTimeChoice({ from: undefined, to: undefined }, picked)).toBe('custom');
  });

  it('round-trips datetime-local values in local time', () => {
    const ms = new Date(2026, 0, 2, 3, 4).getTime();
    expect(toLocalInput(ms)).toBe('2026-01-02T03:04');
    expect(fromLocalInput('2026-01-02T03:04')).toBe(ms);
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('not a date')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
  });
});

describe('validateFilterName', () => {
  const saved = [{ name: 'Failed transcodes', query: { outcomes: ['failure' as const] } }];

  it('rejects empty and blank names', () => {
    expect(validateFilterName('', saved)).toBe('empty');
    expect(validateFilterName('   ', saved)).toBe('empty');
  });

  it('rejects a name in use, ignoring case and surrounding spaces', () => {
    expect(validateFilterName(' failed TRANSCODES ', saved)).toBe('duplicate');
  });

  it('accepts a new name', () => {
    expect(validateFilterName('Snapshots', saved)).toBeUndefined();
  });
});
