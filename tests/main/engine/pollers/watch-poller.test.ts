import { describe, expect, it } from 'vitest';

import type { PeekedMessage } from '../../../../main/engine/mns/queue-client';
import { BatchLog, StatusLog, pollerHarness } from './poller-kit';

const harness = pollerHarness();

describe('watch mode against the local MNS server', () => {
  it('peeks every interval without leasing and reports each message once', async () => {
    const { mns, clock, poller } = await harness.start();
    const first = ['a', 'b', 'c'].map((body) => mns.store.sendMessage('jobs', body).messageId);
    const batches = new BatchLog<PeekedMessage>();
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'watch',
      onMessages: batches.handler,
      onStatus: statuses.listener,
      options: { peekIntervalMs: 15_000 },
    });
    const start = clock.now();
    p.start();
    let waiting = await statuses.waitForTimer(1);
    expect(waiting).toMatchObject({ state: 'idle', nextAttemptAt: start + 15_000 });
    expect(batches.batches).toEqual([
      first.map((messageId) => expect.objectContaining({ messageId })),
    ]);

    // Unchanged messages are peeked again but not reported again.
    for (let requests = 2; requests <= 4; requests++) {
      clock.set(waiting.nextAttemptAt);
      waiting = await statuses.waitForTimer(requests);
    }
    expect(batches.batches).toHaveLength(1);

    const later = mns.store.sendMessage('jobs', 'd').messageId;
    clock.set(waiting.nextAttemptAt);
    await statuses.waitForTimer(5);
    expect(batches.ids).toEqual([...first, later]);

    const peeks = mns.audit.filter({ operation: 'BatchPeekMessage' });
    expect(peeks.map((e) => e.time - start)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(peeks.map((e) => e.path)).toEqual(
      Array.from({ length: 5 }, () => '/queues/jobs/messages?peekonly=true&numOfMessages=16'),
    );
    expect(mns.audit.count({ operation: 'BatchReceiveMessage' })).toBe(0);
    expect(mns.store.listMessages('jobs')).toEqual(
      [...first, later].map((messageId) =>
        expect.objectContaining({ messageId, dequeueCount: 0, state: 'active' }),
      ),
    );
    expect(p.status()).toMatchObject({ messagesSeen: 4, requestsMade: 5 });
  });

  it('offers messages again after a failed hand-over, and never peeks faster than its interval', async () => {
    const { mns, clock, poller } = await harness.start();
    const { messageId } = mns.store.sendMessage('jobs', 'watched');
    mns.faults.add({
      match: { operation: 'BatchPeekMessage' },
      fault: { kind: 'error', status: 503, code: 'ServiceUnavailable' },
    });
    const batches = new BatchLog<PeekedMessage>();
    batches.failNext = 1;
    const statuses = new StatusLog();
    poller({
      queue: 'jobs',
      mode: 'watch',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    }).start();
    const failedPeek = await statuses.waitForTimer(1);
    expect(failedPeek).toMatchObject({ state: 'backing-off', lastError: { kind: 'transient' } });
    expect(failedPeek.nextAttemptAt - clock.now()).toBeGreaterThanOrEqual(10_000);
    clock.set(failedPeek.nextAttemptAt);
    const failedHandOver = await statuses.waitForTimer(2);
    expect(failedHandOver.lastError?.kind).toBe('handler-failed');
    expect(failedHandOver.nextAttemptAt - clock.now()).toBeGreaterThanOrEqual(10_000);
    clock.set(failedHandOver.nextAttemptAt);
    await statuses.waitForTimer(3);
    expect(batches.ids).toEqual([messageId]);
  });
});
