import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import type { QueueClient, ReceivedMessage } from '../../../../main/engine/mns/queue-client';
import { BatchLog, StatusLog, pollerHarness, receivesOf } from './poller-kit';

const harness = pollerHarness();

/** Wraps a client to count dropConnections() calls. */
function countingDrops(client: QueueClient): QueueClient & { drops: number } {
  const counted = {
    ...client,
    drops: 0,
    dropConnections() {
      counted.drops += 1;
      client.dropConnections();
    },
  };
  return counted;
}

describe('poller control against the local MNS server', () => {
  it('stops during a parked 30 s long poll without waiting for it', async () => {
    const { mns, clock, poller } = await harness.start();
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: statuses.listener,
    });
    p.start();
    await mns.longPolls.waitForParked(1, 'jobs');
    const serverTime = clock.now();
    const began = performance.now();
    await p.stop();
    // The server clock never moved, so only an abort can have ended the poll.
    expect(clock.now()).toBe(serverTime);
    expect(performance.now() - began).toBeLessThan(5_000);
    expect(statuses.latest.state).toBe('stopped');
    const closed = await mns.audit.waitFor({
      operation: 'BatchReceiveMessage',
      clientClosedEarly: true,
    });
    expect(closed).toMatchObject({ parked: true, committed: false, messageIds: [] });
    expect(statuses.all.some((s) => s.lastError !== undefined)).toBe(false);
    clock.advance(60_000);
    expect(mns.longPolls.parkedCount()).toBe(0);
    expect(receivesOf(mns)).toHaveLength(1);
  });

  it('pauses (aborting the parked poll) and resumes', async () => {
    const { mns, poller } = await harness.start();
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    });
    p.start();
    await mns.longPolls.waitForParked(1, 'jobs');
    p.pause();
    await statuses.waitFor((s) => s.state === 'paused', 'paused');
    await mns.audit.waitFor({ operation: 'BatchReceiveMessage', clientClosedEarly: true });
    const { messageId } = mns.store.sendMessage('jobs', 'waits for resume');
    expect(mns.store.listMessages('jobs')).toMatchObject([{ state: 'active', dequeueCount: 0 }]);
    p.resume();
    await batches.waitForMessages(1);
    expect(batches.ids).toEqual([messageId]);
    expect(p.status().lastError).toBeUndefined();
  });

  it('sends nothing while offline and polls at once, with a fresh backoff, when back online', async () => {
    const { mns, clock, poller } = await harness.start();
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      times: 4,
      fault: { kind: 'html', status: 502 },
    });
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: statuses.listener,
      random: () => 0.99,
    });
    p.start();
    for (let requests = 1; requests <= 3; requests++) {
      clock.set((await statuses.waitForTimer(requests)).nextAttemptAt);
    }
    const fourth = await statuses.waitForTimer(4);
    expect(fourth.nextAttemptAt - clock.now()).toBe(7_920);
    p.setOnline(false);
    await statuses.waitFor((s) => s.state === 'offline', 'offline');
    clock.advance(10 * 60_000);
    expect(receivesOf(mns)).toHaveLength(4);
    // Back online: the next request goes out at once, and its failure starts the backoff afresh.
    mns.faults.add({ match: { operation: 'BatchReceiveMessage' }, fault: { kind: 'reset' } });
    p.setOnline(true);
    const fresh = await statuses.waitForTimer(5);
    expect(fresh.nextAttemptAt - clock.now()).toBe(990);
    clock.set(fresh.nextAttemptAt);
    await mns.longPolls.waitForParked(1, 'jobs');
    expect(statuses.latest).toMatchObject({ state: 'polling', requestsMade: 6 });
  });

  it('suspends (abort, drop sockets) and resumes from sleep with a fresh start', async () => {
    const { mns, client, poller } = await harness.start();
    const counted = countingDrops(client);
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    const p = poller({
      client: counted,
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    });
    p.start();
    await mns.longPolls.waitForParked(1, 'jobs');
    p.suspend();
    await statuses.waitFor((s) => s.state === 'paused', 'paused');
    await mns.audit.waitFor({ operation: 'BatchReceiveMessage', clientClosedEarly: true });
    expect(counted.drops).toBe(1);
    p.resumeFromSleep();
    expect(counted.drops).toBe(2);
    await mns.longPolls.waitForParked(1, 'jobs');
    const { messageId } = mns.store.sendMessage('jobs', 'after the nap');
    await batches.waitForMessages(1);
    expect(batches.ids).toEqual([messageId]);
  });

  it('treats a poll that lasted far longer than possible as a wake from sleep', async () => {
    const { mns, clock, client, poller } = await harness.start();
    const counted = countingDrops(client);
    let jumps = 0;
    const p = poller({
      client: counted,
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onClockJump: () => (jumps += 1),
    });
    p.start();
    await mns.longPolls.waitForParked(1, 'jobs');
    // The poll ends at 30 s, but its answer is read with the clock already 2 h later.
    clock.advance(2 * 3_600_000);
    await mns.longPolls.waitForParked(1, 'jobs');
    expect(jumps).toBe(1);
    expect(counted.drops).toBe(1);
    expect(p.status().state).toBe('polling');
  });

  it('reports a failed hand-over; the leased batch comes back after its visibility timeout', async () => {
    const { mns, clock, poller } = await harness.start();
    const sent = ['a', 'b'].map((body) => mns.store.sendMessage('jobs', body).messageId);
    const batches = new BatchLog<ReceivedMessage>();
    batches.failNext = 1;
    const statuses = new StatusLog();
    poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    }).start();
    const failed = await statuses.waitForTimer(1);
    expect(failed).toMatchObject({ state: 'backing-off', messagesSeen: 0 });
    expect(failed.lastError).toMatchObject({ kind: 'handler-failed' });
    expect(failed.lastError?.message).toContain('journal disk is full');
    // Not lost: still leased to nobody in particular, invisible until the lease runs out.
    expect(mns.store.listMessages('jobs')).toMatchObject([
      { state: 'inactive', dequeueCount: 1 },
      { state: 'inactive', dequeueCount: 1 },
    ]);
    clock.set(failed.nextAttemptAt);
    await mns.longPolls.waitForParked(1, 'jobs');
    clock.advance(30_000);
    await batches.waitForMessages(2);
    expect(batches.ids).toEqual(sent);
    expect(batches.batches.flat().map((m) => m.dequeueCount)).toEqual([2, 2]);
  });

  it('says "region unreachable, check the endpoint" after 5 minutes, backing off at most 60 s', async () => {
    const { mns, clock, client, poller } = await harness.start();
    await mns.stop();
    const statuses = new StatusLog();
    poller({
      client,
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: statuses.listener,
      random: () => 0.99,
    }).start();
    const start = clock.now();
    const delays: number[] = [];
    for (let requests = 1; clock.now() - start <= 6 * 60_000; requests++) {
      const waiting = await statuses.waitForTimer(requests);
      expect(waiting.lastError?.kind).toBe('unreachable');
      const notice = waiting.lastError?.message.startsWith('Region unreachable') ?? false;
      expect(notice).toBe(clock.now() - start >= 5 * 60_000);
      delays.push(waiting.nextAttemptAt - clock.now());
      clock.set(waiting.nextAttemptAt);
    }
    expect(Math.max(...delays)).toBeLessThanOrEqual(60_000);
    expect(delays.slice(-2)).toEqual([59_400, 59_400]);
    expect(statuses.latest.lastError?.message).toMatch(
      /check the endpoint.*refused the connection/,
    );
  });
});
