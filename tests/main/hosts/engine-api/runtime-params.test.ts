import { afterEach, describe, expect, it, vi } from 'vitest';

import type { EngineMethod } from '../../../../preload/contract';
import { runCleanup, startTestRuntime } from './runtime-kit';
import type { Cleanup } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const endpoint = { kind: 'url', url: 'http://127.0.0.1:1', accountId: '1234567890123456' };
const keys = { accessKeyId: 'LTAI5tKey', accessKeySecret: 'secret' };
const account = {
  name: 'A',
  accountId: '1234567890123456',
  endpoint,
  queues: [{ name: 'q', mode: 'consume' }],
  credentials: keys,
};

// [method, argument, what the error names]
const INVALID: [EngineMethod, unknown, RegExp][] = [
  ['queryFeed', { text: 'x', bogus: 1 }, /^Invalid request to queryFeed: .*bogus/],
  ['queryFeed', { limit: 'ten' }, /^Invalid request to queryFeed \(limit\)/],
  ['queryFeed', { limit: 1001 }, /^Invalid request to queryFeed \(limit\)/],
  ['queryFeed', { outcomes: Array(1001).fill('success') }, /queryFeed \(outcomes\)/],
  ['queryFeed', { outcomes: ['great'] }, /queryFeed \(outcomes\.0\)/],
  ['queryFeed', 'everything', /^Invalid request to queryFeed/],
  ['queryFeed', { from: Number.NaN }, /queryFeed \(from\)/],
  ['getEvent', { id: '' }, /^Invalid request to getEvent \(id\)/],
  ['getEvent', { id: 'x'.repeat(1025) }, /getEvent \(id\)/],
  ['getEvent', { id: 42 }, /getEvent \(id\)/],
  ['getEvent', null, /^Invalid request to getEvent/],
  ['deleteMessages', { ids: [] }, /deleteMessages \(ids\)/],
  ['deleteMessages', { ids: Array(10_001).fill('a/b/c/d') }, /deleteMessages \(ids\)/],
  ['deleteMessages', { ids: ['a/b/c/d'], force: true }, /deleteMessages: .*force/],
  ['deleteMessages', { ids: 'a/b/c/d' }, /deleteMessages \(ids\)/],
  ['undoDelete', { ticket: 'x'.repeat(101) }, /undoDelete \(ticket\)/],
  ['releaseMessage', {}, /releaseMessage \(id\)/],
  ['extendLease', { id: 'a', seconds: 0 }, /extendLease \(seconds\)/],
  ['extendLease', { id: 'a', seconds: 1.5 }, /extendLease \(seconds\)/],
  ['extendLease', { id: 'a', seconds: 43_201 }, /extendLease \(seconds\)/],
  ['exportEvents', { ids: ['a'], format: 'xlsx' }, /exportEvents \(format\)/],
  ['exportEvents', { format: 'csv' }, /exportEvents: export either ids or a query/],
  ['exportEvents', { format: 'csv', ids: [], query: {} }, /export either ids or a query/],
  ['exportEvents', { format: 'csv', ids: Array(100_001).fill('a') }, /exportEvents \(ids\)/],
  ['pauseQueue', { key: 'x'.repeat(401) }, /pauseQueue \(key\)/],
  ['appInfo', { verbose: true }, /^Invalid request to appInfo/],
  ['testConnection', { endpoint, credentials: { ...keys, token: 't' } }, /testConnection/],
  ['testConnection', { endpoint: { kind: 'ftp', url: 'x' }, credentials: keys }, /endpoint/],
  [
    'saveAccount',
    { ...account, queues: [] },
    /saveAccount \(queues\): Choose at least one queue\./,
  ],
  ['saveAccount', { ...account, queues: Array(201).fill({ name: 'q', mode: 'watch' }) }, /queues/],
  ['saveAccount', { ...account, queues: [{ name: 'q', mode: 'eat' }] }, /queues\.0\.mode/],
  ['saveAccount', { ...account, credentialSource: 'demo' }, /saveAccount: .*credentialSource/],
  ['saveAccount', { ...account, accountId: '1'.repeat(41) }, /saveAccount \(accountId\)/],
  ['setQueueMode', { profileId: 'p', regionId: 'r', queue: 'q', mode: 'delete' }, /\(mode\)/],
  ['updatePreferences', { display: { theme: 'neon' } }, /updatePreferences \(display\./],
  ['updatePreferences', { display: { theme: 'dark', language: 'en', timeZone: 'utc', x: 1 } }, /x/],
  [
    'saveFilters',
    { filters: Array(201).fill({ name: 'n', query: {} }) },
    /saveFilters \(filters\)/,
  ],
  ['saveFilters', { filters: [{ name: 'n', query: { limit: -1 } }] }, /filters\.0\.query\.limit/],
  ['setStartAtLogin', { enabled: 'yes' }, /setStartAtLogin \(enabled\)/],
  ['startDemo', { now: true }, /^Invalid request to startDemo/],
];

describe('engine runtime argument checks', () => {
  it('rejects malformed arguments with the method and field, before the engine is called', async () => {
    const { runtime, call } = await startTestRuntime(cleanup);
    const feed = runtime.engine.feed();
    const spies = [
      vi.spyOn(feed, 'query'),
      vi.spyOn(feed, 'getEntry'),
      vi.spyOn(feed, 'deleteMessages'),
      vi.spyOn(feed, 'undoDelete'),
      vi.spyOn(feed, 'releaseMessage'),
      vi.spyOn(feed, 'extendLease'),
      vi.spyOn(feed, 'pause'),
      vi.spyOn(runtime.engine, 'testConnection'),
      vi.spyOn(runtime.engine, 'saveAccount'),
      vi.spyOn(runtime.engine, 'setQueueMode'),
      vi.spyOn(runtime.engine, 'updatePreferences'),
    ];
    for (const [method, params, expected] of INVALID) {
      const outcome = await runtime.handlers[method](params).then(
        () => 'accepted',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect({ method, params: JSON.stringify(params).slice(0, 80), outcome }).toEqual({
        method,
        params: JSON.stringify(params).slice(0, 80),
        outcome: expect.stringMatching(expected),
      });
      expect(outcome).toMatch(new RegExp(`^Invalid request to ${method}`));
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();

    // The same calls with good arguments do reach the engine.
    await call('queryFeed', { limit: 5 });
    expect(spies[0]).toHaveBeenCalledTimes(1);
    expect(await call('undoDelete', { ticket: 'delete-404' })).toEqual({ undone: false });
  });

  it('accepts calls without an argument as undefined or null', async () => {
    const { runtime } = await startTestRuntime(cleanup);
    await expect(runtime.handlers.appInfo(undefined)).resolves.toMatchObject({ host: 'browser' });
    await expect(runtime.handlers.appInfo(null)).resolves.toMatchObject({ demoRunning: false });
    await expect(runtime.handlers.statuses(null)).resolves.toEqual([]);
    const regions = (await runtime.handlers.regions(null)) as { id: string }[];
    expect(regions.map((r) => r.id)).toContain('cn-hangzhou');
  });

  it('refuses start at login outside the desktop app', async () => {
    const { call } = await startTestRuntime(cleanup);
    await expect(call('setStartAtLogin', { enabled: true })).rejects.toThrow(
      'Start at login is only available in the desktop app.',
    );
  });
});
