import { afterEach, describe, expect, it, vi } from 'vitest';

import type { EngineEvent, FeedRow } from '../../../../preload/contract';
import type { DemoBackend } from '../../../../main/hosts/engine-api/demo-backend';
import { DEMO_QUEUES } from '../../../../main/local-mns/demo';
import { feedWith, runCleanup, startDemoRuntime } from './runtime-kit';
import type { Cleanup, TestRuntime } from './runtime-kit';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

function demoOf(t: TestRuntime): DemoBackend {
  const demo = t.runtime.demo();
  if (demo === undefined) throw new Error('demo not running');
  return demo;
}

function onServer(t: TestRuntime, row: FeedRow) {
  return demoOf(t)
    .server.store.listMessages(row.queue)
    .find((m) => m.messageId === row.messageId);
}

async function leasedRow(t: TestRuntime): Promise<FeedRow> {
  const event = await t.events.next(
    feedWith((r) => r.queue === DEMO_QUEUES.vod && r.state === 'leased'),
    'a leased demo row',
  );
  const row = event.rows.find((r) => r.queue === DEMO_QUEUES.vod && r.state === 'leased');
  if (row === undefined) throw new Error('no leased row');
  return row;
}

async function stateOf(t: TestRuntime, id: string): Promise<string | undefined> {
  return (await t.call('getEvent', { id }))?.row.state;
}

describe('engine runtime message actions', () => {
  it('holds a delete for the undo window, undoes it, then deletes from the queue', async () => {
    const t = await startDemoRuntime(cleanup);
    const row = await leasedRow(t);
    expect(onServer(t, row)?.state).toBe('inactive');

    const before = Date.now();
    const pending = await t.call('deleteMessages', { ids: [row.id] });
    expect(pending.ids).toEqual([row.id]);
    expect(pending.sendsAt).toBeGreaterThanOrEqual(before + 1_500);
    expect(await stateOf(t, row.id)).toBe('deleting');
    await t.events.next(
      feedWith((r) => r.id === row.id && r.state === 'deleting'),
      'the row shown as deleting',
    );

    expect(await t.call('undoDelete', { ticket: pending.ticket })).toEqual({ undone: true });
    expect(await stateOf(t, row.id)).toBe('leased');
    expect(onServer(t, row)).toBeDefined();
    const undone = await t.events.next(
      (e): e is Extract<EngineEvent, { type: 'action-results' }> =>
        e.type === 'action-results' && e.ticket === pending.ticket,
      'the undo result',
    );
    expect(undone.results).toEqual([
      expect.objectContaining({ id: row.id, ok: false, failure: 'undone' }),
    ]);

    const again = await t.call('deleteMessages', { ids: [row.id] });
    expect(again.ticket).not.toBe(pending.ticket);
    const sent = await t.events.next(
      (e): e is Extract<EngineEvent, { type: 'action-results' }> =>
        e.type === 'action-results' && e.ticket === again.ticket,
      'the delete result',
    );
    expect(sent.results).toEqual([{ id: row.id, ok: true }]);
    expect(onServer(t, row)).toBeUndefined();
    expect(await stateOf(t, row.id)).toBe('deleted');
    // Too late to undo once it was sent.
    expect(await t.call('undoDelete', { ticket: again.ticket })).toEqual({ undone: false });
    expect(onServer(t, row)).toBeUndefined();
  });

  it('releases a leased message so the queue shows it visible again', async () => {
    const t = await startDemoRuntime(cleanup);
    const demo = demoOf(t);
    const row = await leasedRow(t);
    const [status] = (await t.call('statuses')).filter((s) => s.queue === DEMO_QUEUES.vod);
    if (status === undefined) throw new Error('no status for the consumed queue');
    // Paused, the poller does not take the message straight back once it is visible.
    await t.call('pauseQueue', { key: status.key });
    await vi.waitFor(() => expect(demo.server.longPolls.parkedCount(DEMO_QUEUES.vod)).toBe(0));

    const extended = await t.call('extendLease', { id: row.id, seconds: 600 });
    expect(extended).toEqual({ id: row.id, ok: true });
    expect(onServer(t, row)?.nextVisibleTime).toBeGreaterThan(Date.now() + 500_000);

    expect(await t.call('releaseMessage', { id: row.id })).toEqual({ id: row.id, ok: true });
    expect(await stateOf(t, row.id)).toBe('visible');
    expect(onServer(t, row)?.nextVisibleTime).toBeLessThanOrEqual(Date.now() + 1_000);
    await vi.waitFor(() => expect(onServer(t, row)?.state).toBe('active'), { timeout: 5_000 });

    // Released: nothing left to act on from here.
    const again = await t.call('releaseMessage', { id: row.id });
    expect(again).toMatchObject({ id: row.id, ok: false });
  });

  it('refuses to delete from a watched queue and to act on unknown messages', async () => {
    const t = await startDemoRuntime(cleanup);
    const event = await t.events.next(
      feedWith((r) => r.queue === DEMO_QUEUES.mps && r.state === 'peeked'),
      'a peeked row from the watched demo queue',
    );
    const row = event.rows.find((r) => r.queue === DEMO_QUEUES.mps);
    if (row === undefined) throw new Error('no peeked row');

    await expect(t.call('deleteMessages', { ids: [row.id] })).rejects.toThrow(/watched queue/);
    expect(await stateOf(t, row.id)).toBe('peeked');
    expect(onServer(t, row)).toBeDefined();
    expect(await t.call('releaseMessage', { id: row.id })).toMatchObject({
      ok: false,
      failure: 'no-lease',
    });

    await expect(t.call('deleteMessages', { ids: ['gone/gone/gone/gone'] })).rejects.toThrow(
      'That message is no longer in the journal.',
    );
    // A batch with one watched row is refused as a whole: nothing else is marked for deletion.
    const leased = await leasedRow(t);
    await expect(t.call('deleteMessages', { ids: [leased.id, row.id] })).rejects.toThrow(
      /watched queue/,
    );
    expect(await stateOf(t, leased.id)).toBe('leased');
  });
});
