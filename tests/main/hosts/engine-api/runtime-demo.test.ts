import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { EngineEvent, QueueStatusView } from '../../../../preload/contract';
import { DEMO_QUEUES } from '../../../../main/local-mns/demo';
import { feedWith, runCleanup, startDemoRuntime } from './runtime-kit';
import type { Cleanup } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const isStatus = (e: EngineEvent): e is Extract<EngineEvent, { type: 'status' }> =>
  e.type === 'status';

describe('engine runtime with the demo', () => {
  it('reports the browser host and the running demo', async () => {
    const { call } = await startDemoRuntime(cleanup);
    expect(await call('appInfo')).toEqual({
      name: 'MNS Watch',
      version: '9.9.9-test',
      host: 'browser',
      platform: process.platform,
      demoRunning: true,
    });
  });

  it('lists the demo account with a masked key id and never a secret', async () => {
    const { runtime, call, events, dataDir } = await startDemoRuntime(cleanup);
    const demo = runtime.demo();
    if (demo === undefined) throw new Error('demo not running');
    const secret = demo.credentials.accessKeySecret;

    const settings = await call('getSettings');
    expect(settings.accounts).toHaveLength(1);
    const [account] = settings.accounts;
    expect(account).toMatchObject({
      name: 'Demo account',
      credentialSource: 'demo',
      hasSecret: true,
      accountId: demo.accountId,
    });
    expect(account?.accessKeyIdMasked).toBe('MnsW…oKey');
    expect(account?.regions[0]?.endpoint).toBe(demo.url);
    expect(account?.regions[0]?.queues.map((q) => [q.name, q.mode])).toEqual([
      [DEMO_QUEUES.vod, 'consume'],
      [DEMO_QUEUES.mps, 'watch'],
    ]);
    expect(settings.startAtLogin).toBeUndefined();

    await events.next(
      feedWith(() => true),
      'the first demo rows',
    );
    const statuses = await call('statuses');
    expect(statuses.map((s) => s.queue).sort()).toEqual([DEMO_QUEUES.mps, DEMO_QUEUES.vod]);

    for (const [what, value] of [
      ['settings', settings],
      ['statuses', statuses],
      ['events', events.events],
    ] as const) {
      const text = JSON.stringify(value);
      expect({ what, leaked: text.includes(secret) }).toEqual({ what, leaked: false });
      expect({ what, unmasked: text.includes(demo.credentials.accessKeyId) }).toEqual({
        what,
        unmasked: false,
      });
    }
    // Demo keys belong to this run: the settings file names the demo account, not its secret.
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).not.toContain(secret);
  });

  it('labels queue statuses with the demo account, from the first one pushed', async () => {
    const { call, events } = await startDemoRuntime(cleanup);
    await events.next(
      (e): e is Extract<EngineEvent, { type: 'status' }> =>
        isStatus(e) && e.status.lastSuccessAt !== undefined,
      'a successful poll',
    );
    const pushed: QueueStatusView[] = events.events.filter(isStatus).map((e) => e.status);
    expect(pushed.length).toBeGreaterThan(0);
    for (const status of [...pushed, ...(await call('statuses'))]) {
      expect({ key: status.key, name: status.accountName, demo: status.demo }).toEqual({
        key: status.key,
        name: 'Demo account',
        demo: true,
      });
    }
  });

  it('journals the consumed demo queue and returns it newest first with counts', async () => {
    const { call, events, runtime } = await startDemoRuntime(cleanup);
    const demo = runtime.demo();
    if (demo === undefined) throw new Error('demo not running');
    const first = await events.next(
      feedWith((row) => row.queue === DEMO_QUEUES.vod && row.state === 'leased'),
      'a leased row from the consumed demo queue',
    );
    expect(first.rows.every((r) => r.accountId === demo.accountId)).toBe(true);

    const page = await call('queryFeed', { queues: [DEMO_QUEUES.vod], limit: 1000 });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.total).toBe(page.rows.length);
    expect(page.journalSize).toBeGreaterThanOrEqual(page.total);
    expect(page.rows.every((r) => r.queue === DEMO_QUEUES.vod)).toBe(true);
    for (let i = 1; i < page.rows.length; i += 1)
      expect(page.rows[i - 1]?.time ?? 0).toBeGreaterThanOrEqual(page.rows[i]?.time ?? 0);
    const ids = new Set(page.rows.map((r) => r.id));
    for (const row of first.rows) expect(ids.has(row.id)).toBe(true);

    // Counts ignore the chip filters, so they cover every queue, account and region.
    expect(page.counts.queue[DEMO_QUEUES.vod]).toBe(page.total);
    expect(page.counts.account[demo.accountId]).toBe(page.journalSize);
    expect(page.counts.region['cn-shanghai']).toBe(page.journalSize);
    const eventTypes = Object.entries(page.counts.eventType);
    expect(eventTypes.reduce((sum, [, n]) => sum + n, 0)).toBe(page.journalSize);
    const newest = page.rows[0];
    if (newest === undefined) throw new Error('no rows');
    expect(page.counts.eventType[newest.eventType]).toBeGreaterThan(0);

    const limited = await call('queryFeed', { queues: [DEMO_QUEUES.vod], limit: 1 });
    expect(limited.rows).toHaveLength(1);
    expect(limited.total).toBeGreaterThanOrEqual(page.total);
  });

  it('returns the full detail of one event, and null for an unknown id', async () => {
    const { call, events } = await startDemoRuntime(cleanup);
    const feed = await events.next(
      feedWith((row) => row.queue === DEMO_QUEUES.vod),
      'a row from the consumed demo queue',
    );
    const row = feed.rows.find((r) => r.queue === DEMO_QUEUES.vod);
    if (row === undefined) throw new Error('no row');

    const detail = await call('getEvent', { id: row.id });
    if (detail === null) throw new Error('no detail');
    expect(detail.row.id).toBe(row.id);
    expect(detail.row.messageId).toBe(row.messageId);
    expect(detail.properties.messageId).toBe(row.messageId);
    expect(detail.properties.dequeueCount).toBeGreaterThanOrEqual(1);
    expect(detail.rawXml).toContain('<Message');
    expect(detail.rawXml).toContain(row.messageId);
    expect(detail.rawBody.length).toBeGreaterThan(0);
    expect(detail.summary).toHaveProperty('facts');
    // The renderer acts by entry id: no view field carries the receipt handle (rawXml, the
    // message as it arrived, still shows its <ReceiptHandle> element).
    expect(JSON.stringify({ ...detail, rawXml: '' })).not.toMatch(/receiptHandle/i);

    expect(await call('getEvent', { id: 'no/such/queue/message' })).toBeNull();
  });
});
