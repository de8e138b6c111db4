import { afterEach, describe, expect, it } from 'vitest';

import { createFeedEngine } from '../../../../main/engine/feed/feed-engine';
import { openJournal } from '../../../../main/engine/journal';
import { resolveEndpoint } from '../../../../main/engine/mns/endpoint';
import { createMnsQueueClient } from '../../../../main/engine/mns/mns-queue-client';
import { startLocalMns } from '../../../../main/local-mns';
import { defaultPreferences, eventRecorder, localAccount, tempJournal } from './feed-kit';

const transcode = (id: string) =>
  JSON.stringify({
    EventType: 'TranscodeComplete',
    VideoId: id,
    Status: 'success',
    StreamInfos: [{ Definition: 'HD', Status: 'success' }],
  });

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function setup(
  queues: Parameters<typeof localAccount>[1],
  extra: { secret?: string; undoWindowMs?: number } = {},
) {
  const mns = await startLocalMns({ queues: queues.map((q) => q.name) });
  const { dir, journal } = await tempJournal();
  const recorder = eventRecorder();
  const account = localAccount(mns, queues);
  const engine = createFeedEngine({
    accounts: [account],
    credentials: async () => ({
      accessKeyId: mns.accessKeyId,
      accessKeySecret: extra.secret ?? mns.accessKeySecret,
    }),
    journal,
    notificationPreferences: defaultPreferences,
    onEvent: (e) => recorder.onEvent(e),
    undoWindowMs: extra.undoWindowMs ?? 0,
    peekIntervalMs: 1000,
  });
  cleanup.push(async () => {
    await engine.stop();
    await journal.close();
    await mns.stop();
  });
  return { mns, dir, journal, recorder, engine, account };
}

describe('feed engine against the local MNS server', () => {
  it('journals each consumed message on disk, then shows and notifies it', async () => {
    const { mns, dir, journal, recorder, engine } = await setup([{ name: 'vod', mode: 'consume' }]);
    await engine.start();
    mns.store.sendMessage('vod', transcode('v1'));
    const feed = await recorder.next((e) => e.type === 'feed');
    expect(feed.type === 'feed' && feed.entries[0]).toMatchObject({
      state: 'leased',
      message: { event: { title: 'Transcode complete: 1 rendition (HD)' } },
    });
    const notification = await recorder.next((e) => e.type === 'notification');
    expect(notification).toMatchObject({
      notification: { title: expect.stringContaining('Transcode complete') },
    });
    // Durable: a second journal opened on the same folder already has it.
    const reopened = await openJournal({ dir, retention: { maxEntries: 1000, maxAgeDays: 30 } });
    expect(reopened.query().entries.map((e) => e.message.event.keyId)).toEqual(['v1']);
    await reopened.close();
    expect(journal.size).toBe(1);
  });

  it('shows a redelivered message once, with the newest receipt handle', async () => {
    const { mns, journal, recorder, engine } = await setup([{ name: 'vod', mode: 'consume' }]);
    await engine.start();
    mns.store.sendMessage('vod', transcode('v2'));
    await recorder.next((e) => e.type === 'feed');
    const [entry] = journal.query().entries;
    if (entry === undefined) throw new Error('no entry');
    // Another consumer's release makes MNS deliver it to us again.
    await engine.releaseMessage(entry.id);
    await recorder.next((e) => e.type === 'feed' && e.entries.some((x) => x.deliveries === 2));
    expect(journal.size).toBe(1);
    const again = journal.get(entry.id);
    expect(again?.deliveries).toBe(2);
    expect(again?.receiptHandle).not.toBe(entry.receiptHandle);
    expect(again?.state).toBe('leased');
  });

  it('deletes with the undo window and reports a stale handle as failed', async () => {
    const { mns, journal, recorder, engine } = await setup([{ name: 'vod', mode: 'consume' }]);
    await engine.start();
    mns.store.sendMessage('vod', transcode('a'));
    mns.store.sendMessage('vod', transcode('b'));
    await recorder.next(() => journal.size === 2);
    const [first, second] = journal.query().entries;
    if (first === undefined || second === undefined) throw new Error('expected two');
    const pending = await engine.deleteMessages([first.id]);
    const result = await recorder.next(
      (e) => e.type === 'action-results' && e.ticket === pending.ticket,
    );
    expect(result).toMatchObject({ results: [{ id: first.id, ok: true }] });
    expect(journal.get(first.id)?.state).toBe('deleted');
    const staleHandle = second.receiptHandle ?? '';
    // Another client renews the second message's lease, so the engine's handle is now stale.
    const other = createMnsQueueClient({
      endpoint: resolveEndpoint({ kind: 'url', url: mns.url, accountId: mns.accountId }),
      credentials: { accessKeyId: mns.accessKeyId, accessKeySecret: mns.accessKeySecret },
    });
    await other.changeVisibility('vod', staleHandle, 120);
    other.dropConnections();
    const stale = await engine.deleteMessages([second.id]);
    const staleResult = await recorder.next(
      (e) => e.type === 'action-results' && e.ticket === stale.ticket,
    );
    expect(staleResult).toMatchObject({
      results: [{ id: second.id, ok: false, failure: 'lease-expired' }],
    });
    expect(mns.store.listMessages('vod').map((m) => m.messageId)).toEqual([
      second.message.envelope.messageId,
    ]);
  });

  it('auto-deletes only after journaling, and watch mode never leases', async () => {
    const { mns, journal, recorder, engine } = await setup([
      { name: 'consumed', mode: 'consume', autoDeleteAfterJournal: true },
      { name: 'watched', mode: 'watch' },
    ]);
    await engine.start();
    mns.store.sendMessage('consumed', transcode('c1'));
    mns.store.sendMessage('watched', transcode('w1'));
    await recorder.next(() => journal.query({ states: ['deleted'] }).total === 1);
    await recorder.next(() => journal.query({ states: ['peeked'] }).total === 1);
    expect(mns.store.listMessages('consumed')).toEqual([]);
    const [watched] = mns.store.listMessages('watched');
    expect(watched?.dequeueCount).toBe(0);
    const deletes = mns.audit.filter({ operation: 'BatchDeleteMessage' });
    expect(deletes).toHaveLength(1);
    expect(
      journal.get(journal.query({ states: ['deleted'] }).entries[0]?.id ?? '')?.firstSeenAt,
    ).toBeLessThanOrEqual(deletes[0]?.startedAt ?? 0);
  });

  it('stops an account’s queues on a wrong secret and explains why', async () => {
    const { recorder, engine } = await setup(
      [
        { name: 'one', mode: 'consume' },
        { name: 'two', mode: 'consume' },
      ],
      { secret: 'wrong-secret' },
    );
    await engine.start();
    const status = await recorder.next(
      (e) => e.type === 'status' && e.status.state === 'auth-error',
    );
    expect(status).toMatchObject({
      status: {
        lastError: { kind: 'auth', message: expect.stringContaining('secret does not match') },
      },
    });
    expect(JSON.stringify(recorder.events)).not.toContain('wrong-secret');
  });
});
