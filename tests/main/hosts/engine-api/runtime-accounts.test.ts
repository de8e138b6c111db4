import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { EngineEvent, SaveAccountRequest } from '../../../../preload/contract';
import type { LocalMns } from '../../../../main/local-mns';
import { LOCAL_KEYS, feedWith, runCleanup, startOwnMns, startTestRuntime } from './runtime-kit';
import type { Cleanup } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const WRONG_KEYS = { accessKeyId: 'LTAI5tWrongKey999', accessKeySecret: 'Wrong-Secret-123' };

type Pushed<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;
const is =
  <T extends EngineEvent['type']>(type: T, test: (e: Pushed<T>) => boolean = () => true) =>
  (e: EngineEvent): e is Pushed<T> =>
    e.type === type && test(e as Pushed<T>);

function request(mns: LocalMns, extra: Partial<SaveAccountRequest> = {}): SaveAccountRequest {
  return {
    name: 'Staging media',
    accountId: mns.accountId,
    endpoint: { kind: 'url', url: mns.url },
    queues: [{ name: 'jobs', mode: 'consume' }],
    ...extra,
  };
}

describe('engine runtime accounts', () => {
  it('explains wrong keys in words, and confirms right ones', async () => {
    const mns = await startOwnMns(cleanup, ['jobs', 'archive']);
    const { call } = await startTestRuntime(cleanup);
    const endpoint = { kind: 'url', url: mns.url, accountId: mns.accountId } as const;

    const wrong = await call('testConnection', {
      endpoint,
      credentials: WRONG_KEYS,
      queue: 'jobs',
    });
    expect(wrong.map((c) => [c.step, c.ok])).toEqual([
      ['endpoint', true],
      ['credentials', false],
    ]);
    const failed = wrong[1]?.message ?? '';
    expect(failed).toMatch(/does not know this AccessKey ID/);
    expect(failed).not.toMatch(/<\?xml|<Error|\n\s+at /);
    expect(failed).not.toContain(WRONG_KEYS.accessKeySecret);

    const right = await call('testConnection', {
      endpoint,
      credentials: LOCAL_KEYS,
      queue: 'jobs',
    });
    expect(right.map((c) => [c.step, c.ok])).toEqual([
      ['endpoint', true],
      ['credentials', true],
      ['queue', true],
    ]);
    expect(JSON.stringify(right)).not.toContain(LOCAL_KEYS.accessKeySecret);
    expect((await call('listQueues', { endpoint, credentials: LOCAL_KEYS })).sort()).toEqual([
      'archive',
      'jobs',
    ]);
    await expect(
      call('listQueues', { endpoint, credentials: { profileId: 'nobody' } }),
    ).rejects.toThrow('No AccessKey is stored for this account.');
  });

  it('refuses a new account without keys, and an edit of an account that is gone', async () => {
    const mns = await startOwnMns(cleanup, ['jobs']);
    const { call, events } = await startTestRuntime(cleanup);
    await expect(call('saveAccount', request(mns))).rejects.toThrow(
      'Enter the AccessKey ID and secret for the new account.',
    );
    await expect(
      call('saveAccount', request(mns, { id: 'removed-elsewhere', credentials: LOCAL_KEYS })),
    ).rejects.toThrow(/no longer exists/);
    expect((await call('getSettings')).accounts).toEqual([]);
    expect(events.events.filter((e) => e.type === 'settings')).toEqual([]);
  });

  it('saves an account with right keys, polls its queues and keeps the secret off disk', async () => {
    const mns = await startOwnMns(cleanup, ['jobs']);
    const { call, events, dataDir } = await startTestRuntime(cleanup);
    const saved = await call('saveAccount', request(mns, { credentials: LOCAL_KEYS }));
    expect(saved.storage).toBe('keychain');
    const key = `${saved.id}/custom/jobs`;

    const settings = await events.next(
      is('settings', (e) => e.settings.accounts.length === 1),
      'the new settings',
    );
    expect(settings.settings.accounts[0]).toMatchObject({
      id: saved.id,
      name: 'Staging media',
      accessKeyIdMasked: 'LTAI…ey01',
      credentialSource: 'keychain',
      hasSecret: true,
      regions: [{ regionId: 'custom', endpoint: mns.url }],
    });
    const statuses = await events.next(is('statuses'), 'the new queue set');
    expect(statuses.statuses.map((s) => s.key)).toEqual([key]);
    expect(statuses.statuses[0]).toMatchObject({ accountName: 'Staging media', demo: false });

    mns.store.sendMessage('jobs', '{"EventType":"FileUploadComplete","VideoId":"video-77"}');
    const feed = await events.next(
      feedWith((r) => r.keyId === 'video-77'),
      'the sent message',
    );
    expect(feed.rows[0]).toMatchObject({
      queue: 'jobs',
      state: 'leased',
      eventType: 'FileUploadComplete',
    });
    const status = (await call('statuses')).find((s) => s.key === key);
    expect(status?.lastSuccessAt).toBeDefined();
    expect(status?.accountName).toBe('Staging media');

    const onDisk = readFileSync(join(dataDir, 'settings.json'), 'utf8');
    expect(onDisk).toContain('Staging media');
    expect(onDisk).not.toContain(LOCAL_KEYS.accessKeySecret);
    expect(JSON.stringify(events.events)).not.toContain(LOCAL_KEYS.accessKeySecret);

    // Editing without keys keeps the stored secret.
    const edited = await call('saveAccount', request(mns, { id: saved.id, name: 'Renamed' }));
    expect(edited).toEqual({ id: saved.id, storage: 'unchanged' });
    const after = await call('getSettings');
    expect(after.accounts.map((a) => [a.name, a.hasSecret])).toEqual([['Renamed', true]]);

    await call('removeAccount', { id: saved.id });
    expect((await call('getSettings')).accounts).toEqual([]);
    expect(await call('statuses')).toEqual([]);
    expect(events.events.at(-1)).toEqual({ type: 'statuses', statuses: [] });
  });

  it('reports an account saved with wrong keys as an authentication problem', async () => {
    const mns = await startOwnMns(cleanup, ['jobs']);
    const { call, events } = await startTestRuntime(cleanup);
    const saved = await call('saveAccount', request(mns, { credentials: WRONG_KEYS }));
    const failed = await events.next(
      is('status', (e) => e.status.profileId === saved.id && e.status.state === 'auth-error'),
      'an auth-error status',
    );
    expect(failed.status.accountName).toBe('Staging media');
    expect(failed.status.lastError?.message).toMatch(/\w+ \w+/);
    expect(failed.status.lastError?.message).not.toContain(WRONG_KEYS.accessKeySecret);

    // Right keys for the same account: it polls again without a restart.
    await call('saveAccount', request(mns, { id: saved.id, credentials: LOCAL_KEYS }));
    mns.store.sendMessage('jobs', '{"EventType":"FileUploadComplete","VideoId":"video-78"}');
    await events.next(
      feedWith((r) => r.keyId === 'video-78'),
      'a message after the fix',
    );
    await vi.waitFor(async () => {
      const [status] = await call('statuses');
      expect(status?.state).not.toBe('auth-error');
    });
  });

  it('changes a queue to watch mode and pushes the new settings', async () => {
    const mns = await startOwnMns(cleanup, ['jobs']);
    const { call, events } = await startTestRuntime(cleanup);
    const saved = await call('saveAccount', request(mns, { credentials: LOCAL_KEYS }));
    await call('setQueueMode', {
      profileId: saved.id,
      regionId: 'custom',
      queue: 'jobs',
      mode: 'watch',
    });
    const pushed = await events.next(
      is('settings', (e) => e.settings.accounts[0]?.regions[0]?.queues[0]?.mode === 'watch'),
      'settings with the queue watched',
    );
    expect(pushed.settings.accounts[0]?.regions[0]?.queues[0]).toMatchObject({
      name: 'jobs',
      mode: 'watch',
      autoDeleteAfterJournal: false,
    });
    expect((await call('statuses')).map((s) => s.mode)).toEqual(['watch']);
  });
});
