import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { EngineEvent, SavedFilterView } from '../../../../preload/contract';
import { DEMO_QUEUES } from '../../../../main/local-mns/demo';
import { feedWith, runCleanup, startDemoRuntime, startTestRuntime, tempDir } from './runtime-kit';
import type { Cleanup } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

describe('engine runtime across restarts', () => {
  it('keeps display preferences and re-points the demo account at the new demo server', async () => {
    const dataDir = tempDir(cleanup);
    const first = await startDemoRuntime(cleanup, { dataDir });
    const view = await first.call('updatePreferences', {
      display: { theme: 'dark', language: 'zh-CN', timeZone: 'utc' },
    });
    expect(view.display).toEqual({ theme: 'dark', language: 'zh-CN', timeZone: 'utc' });
    expect(
      first.events.events.some(
        (e) => e.type === 'settings' && e.settings.display.language === 'zh-CN',
      ),
    ).toBe(true);
    const [demoAccount] = (await first.call('getSettings')).accounts;
    await first.runtime.stop();

    // 'off': the saved demo account alone brings the demo back.
    const second = await startDemoRuntime(cleanup, { dataDir, demo: 'off' });
    const demo = second.runtime.demo();
    if (demo === undefined) throw new Error('the demo account did not restart the demo');
    expect((await second.call('appInfo')).demoRunning).toBe(true);
    const settings = await second.call('getSettings');
    expect(settings.display).toEqual({ theme: 'dark', language: 'zh-CN', timeZone: 'utc' });
    expect(settings.accounts).toHaveLength(1);
    expect(settings.accounts[0]).toMatchObject({
      id: demoAccount?.id,
      credentialSource: 'demo',
      accountId: demo.accountId,
      hasSecret: true,
    });
    expect(settings.accounts[0]?.regions.map((r) => r.endpoint)).toEqual([demo.url]);
    const onDisk = readFileSync(join(dataDir, 'settings.json'), 'utf8');
    expect(onDisk).toContain(demo.url);
    expect(onDisk).not.toContain(demo.credentials.accessKeySecret);

    // And it polls the new server with this run's keys.
    await second.events.next(
      (e): e is Extract<EngineEvent, { type: 'status' }> =>
        e.type === 'status' &&
        e.status.queue === DEMO_QUEUES.vod &&
        e.status.lastSuccessAt !== undefined,
      'a successful poll of the re-pointed demo queue',
    );
  });

  it('adds the demo account once with --demo, even when it is already saved', async () => {
    const dataDir = tempDir(cleanup);
    const first = await startDemoRuntime(cleanup, { dataDir });
    await first.runtime.stop();
    const second = await startDemoRuntime(cleanup, { dataDir });
    const accounts = (await second.call('getSettings')).accounts;
    expect(accounts.map((a) => a.credentialSource)).toEqual(['demo']);
    expect(await second.call('startDemo')).toEqual({ profileId: accounts[0]?.id });
  });

  it('starts the demo on request and adds its account once', async () => {
    const t = await startDemoRuntime(cleanup, { demo: 'off' });
    expect(t.runtime.demo()).toBeUndefined();
    const { profileId } = await t.call('startDemo');
    expect(t.runtime.demo()).toBeDefined();
    expect(await t.call('startDemo')).toEqual({ profileId });
    const settings = await t.call('getSettings');
    expect(settings.accounts.map((a) => [a.id, a.credentialSource])).toEqual([[profileId, 'demo']]);
    await t.events.next(
      feedWith((r) => r.queue === DEMO_QUEUES.vod),
      'demo rows after starting it',
    );
  });

  it('saves filters, returns them as sent, and keeps them across a restart', async () => {
    const dataDir = tempDir(cleanup);
    const first = await startTestRuntime(cleanup, { dataDir });
    const filters: SavedFilterView[] = [
      { name: 'Failed transcodes', query: { outcomes: ['failure'], kinds: ['transcode'] } },
      { name: 'One video', query: { text: 'video-42', from: 1_700_000_000_000 } },
    ];
    const view = await first.call('saveFilters', { filters });
    expect(view.savedFilters).toEqual(filters);
    const pushed = first.events.events.filter((e) => e.type === 'settings');
    expect(pushed.at(-1)).toMatchObject({ settings: { savedFilters: filters } });
    await first.runtime.stop();

    const second = await startTestRuntime(cleanup, { dataDir });
    expect((await second.call('getSettings')).savedFilters).toEqual(filters);
    expect((await second.call('saveFilters', { filters: [] })).savedFilters).toEqual([]);
  });

  it('leaves out a saved filter that was hand-edited into something unparsable', async () => {
    const dataDir = tempDir(cleanup);
    const first = await startTestRuntime(cleanup, { dataDir });
    await first.call('saveFilters', {
      filters: [
        { name: 'Good', query: { outcomes: ['success'] } },
        { name: 'Broken', query: { outcomes: ['failure'] } },
      ],
    });
    await first.runtime.stop();
    const path = join(dataDir, 'settings.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"failure"', '"catastrophe"'));

    const second = await startTestRuntime(cleanup, { dataDir });
    expect((await second.call('getSettings')).savedFilters).toEqual([
      { name: 'Good', query: { outcomes: ['success'] } },
    ]);
  });
});
