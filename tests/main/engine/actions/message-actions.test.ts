import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { deleteMessages } from '../../../../main/engine/actions/delete-messages';
import { createDeleteScheduler } from '../../../../main/engine/actions/delete-scheduler';
import type { JournalPort } from '../../../../main/engine/actions/journal-port';
import {
  RELEASE_SECONDS,
  changeLease,
  leaseSecondsLeft,
} from '../../../../main/engine/actions/lease-actions';
import { classifyMessage } from '../../../../main/engine/events/classify-message';
import type { JournalEntry } from '../../../../main/engine/journal/journal-entry';
import { resolveEndpoint } from '../../../../main/engine/mns/endpoint';
import { createMnsQueueClient } from '../../../../main/engine/mns/mns-queue-client';
import type { QueueClient, ReceivedMessage } from '../../../../main/engine/mns/queue-client';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';

let mns: LocalMns;
let client: QueueClient;
const origin = { accountId: '1234567890123456', regionId: 'cn-hangzhou', queue: 'jobs' };

// The journal as actions see it: an in-memory map standing in for the durable one.
function memoryJournal(): JournalPort & {
  entries: Map<string, JournalEntry>;
  add(m: ReceivedMessage): string;
} {
  const entries = new Map<string, JournalEntry>();
  return {
    entries,
    add(m) {
      const message = classifyMessage(m, origin);
      entries.set(message.id, {
        id: message.id,
        message,
        state: 'leased',
        firstSeenAt: 0,
        lastSeenAt: 0,
        receiptHandle: m.receiptHandle,
        leaseExpiresAt: m.nextVisibleTime,
        deliveries: 1,
        lastError: undefined,
      });
      return message.id;
    },
    get: (id) => entries.get(id),
    update: async (id, patch) => {
      const entry = entries.get(id);
      if (entry === undefined) return undefined;
      const next = { ...entry, ...patch };
      entries.set(id, next);
      return next;
    },
  };
}

const noPause = (): Promise<void> => Promise.resolve();

async function receiveInto(
  journal: ReturnType<typeof memoryJournal>,
  count: number,
): Promise<string[]> {
  for (let i = 0; i < count; i += 1)
    mns.store.sendMessage('jobs', `{"JobId":"j${i}","Type":"Transcode","State":"Success"}`);
  const ids: string[] = [];
  while (ids.length < count) {
    for (const m of await client.receive('jobs', { max: 16, waitSeconds: 0 }))
      ids.push(journal.add(m));
  }
  return ids;
}

beforeEach(async () => {
  mns = await startLocalMns({ queues: ['jobs'] });
  client = createMnsQueueClient({
    endpoint: resolveEndpoint({ kind: 'url', url: mns.url, accountId: mns.accountId }),
    credentials: { accessKeyId: mns.accessKeyId, accessKeySecret: mns.accessKeySecret },
  });
});

afterEach(async () => {
  client.dropConnections();
  await mns.stop();
});

describe('delete', () => {
  it('deletes 20 messages in two batch requests and records each as deleted', async () => {
    const journal = memoryJournal();
    const ids = await receiveInto(journal, 20);
    const results = await deleteMessages(ids, journal, () => client, noPause);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(
      mns.audit.filter({ operation: 'BatchDeleteMessage' }).map((e) => e.receiptHandles.length),
    ).toEqual([16, 4]);
    expect(mns.store.listMessages('jobs')).toEqual([]);
    expect([...journal.entries.values()].map((e) => e.state)).toEqual(Array(20).fill('deleted'));
  });

  it('reports a superseded lease as expired, changes nothing in MNS, and never says deleted', async () => {
    const journal = memoryJournal();
    const [id] = await receiveInto(journal, 1);
    if (id === undefined) throw new Error('no message');
    const handle = journal.get(id)?.receiptHandle ?? '';
    await client.changeVisibility('jobs', handle, 60); // someone else's renewal: our handle is now stale
    const [result] = await deleteMessages([id], journal, () => client, noPause);
    expect(result).toMatchObject({ ok: false, failure: 'lease-expired' });
    expect(journal.get(id)).toMatchObject({
      state: 'visible',
      lastError: expect.stringContaining('expired'),
    });
    expect(mns.store.listMessages('jobs')).toHaveLength(1);
  });

  it('counts a retried delete as done when the first attempt committed but its answer was lost', async () => {
    const journal = memoryJournal();
    const [id] = await receiveInto(journal, 1);
    if (id === undefined) throw new Error('no message');
    mns.faults.add({
      match: { operation: 'BatchDeleteMessage' },
      fault: { kind: 'reset-after-commit' },
    });
    const [result] = await deleteMessages([id], journal, () => client, noPause);
    expect(result).toEqual({ id, ok: true });
    expect(mns.audit.filter({ operation: 'BatchDeleteMessage' }).map((e) => e.committed)).toEqual([
      true,
      false,
    ]);
    expect(mns.store.listMessages('jobs')).toEqual([]);
  });

  it('keeps failing proxies from turning into false successes', async () => {
    const journal = memoryJournal();
    const [id] = await receiveInto(journal, 1);
    if (id === undefined) throw new Error('no message');
    mns.faults.add({
      match: { operation: 'BatchDeleteMessage' },
      times: 3,
      fault: { kind: 'html', status: 502 },
    });
    const [result] = await deleteMessages([id], journal, () => client, noPause);
    expect(result).toMatchObject({
      ok: false,
      failure: 'failed',
      message: expect.stringContaining('HTTP 502'),
    });
    expect(journal.get(id)?.state).toBe('delete-failed');
    expect(mns.store.listMessages('jobs')).toHaveLength(1);
  });

  it('refuses messages that hold no lease', async () => {
    const journal = memoryJournal();
    const [result] = await deleteMessages(['nope'], journal, () => client, noPause);
    expect(result).toMatchObject({ ok: false, failure: 'no-lease' });
    expect(mns.audit.count({ operation: 'BatchDeleteMessage' })).toBe(0);
  });
});

describe('release and extend', () => {
  it('releases with the newest handle and records the new one', async () => {
    const journal = memoryJournal();
    const [id] = await receiveInto(journal, 1);
    if (id === undefined) throw new Error('no message');
    const before = journal.get(id)?.receiptHandle;
    expect(await changeLease(id, RELEASE_SECONDS, journal, () => client)).toEqual({ id, ok: true });
    const after = journal.get(id);
    expect(after?.receiptHandle).not.toBe(before);
    expect(after?.state).toBe('visible');
    expect(mns.audit.filter({ operation: 'ChangeMessageVisibility' })[0]?.handleWasNewest).toEqual([
      true,
    ]);
    expect(await changeLease(id, 120, journal, () => client)).toEqual({ id, ok: true });
    expect(leaseSecondsLeft(journal.get(id)?.leaseExpiresAt, Date.now())).toBeGreaterThan(100);
  });

  it('reports an expired lease instead of success', async () => {
    const journal = memoryJournal();
    const [id] = await receiveInto(journal, 1);
    if (id === undefined) throw new Error('no message');
    await client.changeVisibility('jobs', journal.get(id)?.receiptHandle ?? '', 60);
    expect(await changeLease(id, 300, journal, () => client)).toMatchObject({
      ok: false,
      failure: 'lease-expired',
    });
  });
});

describe('undo window', () => {
  function fakeTimers() {
    const timers = new Map<number, () => void>();
    let next = 0;
    return {
      timers: {
        setTimeout: (fn: () => void) => {
          next += 1;
          timers.set(next, fn);
          return next;
        },
        clearTimeout: (handle: unknown) => void timers.delete(handle as number),
      },
      fireAll: () => {
        const due = [...timers.values()];
        timers.clear();
        for (const fn of due) fn();
      },
      size: () => timers.size,
    };
  }

  it('sends nothing when the user undoes in time, and restores the entries', async () => {
    const journal = memoryJournal();
    const ids = await receiveInto(journal, 2);
    const clock = fakeTimers();
    const results: string[] = [];
    const scheduler = createDeleteScheduler({
      journal,
      send: (x) => deleteMessages(x, journal, () => client, noPause),
      onResults: (_t, r) => results.push(...r.map((x) => (x.ok ? 'ok' : x.failure))),
      now: () => 0,
      timers: clock.timers,
      undoWindowMs: 5000,
    });
    const pending = await scheduler.schedule(ids);
    expect(pending.sendsAt).toBe(5000);
    expect(ids.map((id) => journal.get(id)?.state)).toEqual(['deleting', 'deleting']);
    expect(await scheduler.undo(pending.ticket)).toBe(true);
    clock.fireAll();
    expect(ids.map((id) => journal.get(id)?.state)).toEqual(['leased', 'leased']);
    expect(results).toEqual(['undone', 'undone']);
    expect(mns.audit.count({ operation: 'BatchDeleteMessage' })).toBe(0);
    expect(await scheduler.undo(pending.ticket)).toBe(false);
  });

  it('sends the delete when the window ends', async () => {
    const journal = memoryJournal();
    const ids = await receiveInto(journal, 1);
    const clock = fakeTimers();
    let resolveResults: (r: string[]) => void = () => undefined;
    const delivered = new Promise<string[]>((r) => (resolveResults = r));
    const scheduler = createDeleteScheduler({
      journal,
      send: (x) => deleteMessages(x, journal, () => client, noPause),
      onResults: (_t, r) => resolveResults(r.map((x) => (x.ok ? 'ok' : x.failure))),
      now: () => 0,
      timers: clock.timers,
    });
    await scheduler.schedule(ids);
    expect(mns.audit.count({ operation: 'BatchDeleteMessage' })).toBe(0);
    clock.fireAll();
    expect(await delivered).toEqual(['ok']);
    expect(scheduler.pending()).toEqual([]);
    expect(mns.store.listMessages('jobs')).toEqual([]);
  });
});
