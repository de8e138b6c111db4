import { describe, expect, it } from 'vitest';

import type { ReceivedMessage } from '../../../../main/engine/mns/queue-client';
import { BatchLog, StatusLog, overlapping, pollerHarness, receivesOf } from './poller-kit';

const harness = pollerHarness();
const HOUR_MS = 3_600_000;

describe('consume mode against the local MNS server', () => {
  it('hands batches over in order and re-polls at once after a non-empty batch', async () => {
    const { mns, clock, poller } = await harness.start();
    const sent = Array.from({ length: 20 }, (_, i) => mns.store.sendMessage('jobs', `m${i}`));
    const batches = new BatchLog<ReceivedMessage>();
    const p = poller({ queue: 'jobs', mode: 'consume', onMessages: batches.handler });
    p.start();
    await batches.waitForMessages(20);
    await mns.longPolls.waitForParked(1, 'jobs');

    expect(batches.batches.map((b) => b.length)).toEqual([16, 4]);
    expect(batches.ids).toEqual(sent.map((s) => s.messageId));
    // Two receives answered and a third parked, with the clock never moved: no pause in between.
    const receives = receivesOf(mns);
    expect(receives.map((e) => [e.status, e.time])).toEqual([
      [200, clock.now()],
      [200, clock.now()],
    ]);
    expect(receives.map((e) => e.path)).toEqual([
      '/queues/jobs/messages?numOfMessages=16&waitseconds=30',
      '/queues/jobs/messages?numOfMessages=16&waitseconds=30',
    ]);
    expect(p.status()).toMatchObject({ state: 'polling', messagesSeen: 20, requestsMade: 3 });

    // A message sent while the poll is parked is delivered by that very poll.
    const late = mns.store.sendMessage('jobs', 'late');
    await batches.waitForMessages(21);
    expect(batches.batches[2]?.map((m) => m.messageId)).toEqual([late.messageId]);
    expect(mns.store.listMessages('jobs').every((m) => m.dequeueCount === 1)).toBe(true);
    await mns.longPolls.waitForParked(1, 'jobs');
    expect(overlapping(receivesOf(mns))).toEqual([]);
  });

  it('keeps polling straight through partial batches (stripes)', async () => {
    const { mns, poller } = await harness.start({ stripes: 4 });
    for (let i = 0; i < 40; i++) mns.store.sendMessage('jobs', `s${i}`);
    const batches = new BatchLog<ReceivedMessage>();
    poller({ queue: 'jobs', mode: 'consume', onMessages: batches.handler }).start();
    await batches.waitForMessages(40);
    await mns.longPolls.waitForParked(1, 'jobs');
    expect(batches.batches.length).toBeGreaterThan(3);
    expect(batches.batches.every((b) => b.length <= 16)).toBe(true);
    expect(new Set(batches.ids).size).toBe(40);
    expect(overlapping(receivesOf(mns))).toEqual([]);
  });

  it('asks for no more than the budget, and waits while the budget is 0', async () => {
    const { mns, poller } = await harness.start();
    for (let i = 0; i < 10; i++) mns.store.sendMessage('jobs', `b${i}`);
    let budget = 3;
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: async (batch) => {
        budget -= batch.length;
        await batches.handler(batch);
      },
      onStatus: statuses.listener,
      options: { budget: () => budget },
    });
    p.start();
    await batches.waitForMessages(3);
    const held = await statuses.waitFor((s) => s.messagesSeen === 3 && s.state === 'idle');
    expect(held.nextAttemptAt).toBeUndefined();
    expect(receivesOf(mns).map((e) => e.path)).toEqual([
      '/queues/jobs/messages?numOfMessages=3&waitseconds=30',
    ]);
    budget = 16;
    p.budgetChanged();
    await batches.waitForMessages(10);
    expect(receivesOf(mns)[1]?.path).toBe('/queues/jobs/messages?numOfMessages=16&waitseconds=30');
  });

  it('costs about 120 requests per idle hour, projected at ~86,400 a month', async () => {
    const { mns, clock, poller } = await harness.start();
    const p = poller({ queue: 'jobs', mode: 'consume', onMessages: () => Promise.resolve() });
    const start = clock.now();
    p.start();
    while (clock.now() - start < HOUR_MS) {
      await mns.longPolls.waitForParked(1, 'jobs');
      // Never two receives parked at once for one queue.
      expect(mns.longPolls.parkedCount('jobs')).toBe(1);
      clock.advance(30_000);
    }
    const receives = receivesOf(mns);
    expect(receives.length).toBeGreaterThanOrEqual(118);
    expect(receives.length).toBeLessThanOrEqual(122);
    expect(receives.every((e) => e.parked && e.status === 404)).toBe(true);
    expect(overlapping(receives)).toEqual([]);
    await mns.longPolls.waitForParked(1, 'jobs');
    const projected = p.status().projectedRequestsPerMonth;
    expect(projected).toBeGreaterThanOrEqual(84_000);
    expect(projected).toBeLessThanOrEqual(89_000);
  });

  it('guards against fast empties: at most 25 requests in 10 minutes at long-poll cap 0', async () => {
    const { mns, clock, poller } = await harness.start({ longPollCap: 0 });
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: statuses.listener,
    });
    const start = clock.now();
    p.start();
    for (let requests = 1; ; requests++) {
      const waiting = await statuses.waitForTimer(requests);
      expect(waiting.state).toBe('idle');
      if (waiting.nextAttemptAt - start > 10 * 60_000) break;
      clock.set(waiting.nextAttemptAt);
    }
    const receives = receivesOf(mns);
    expect(receives.every((e) => !e.parked && e.status === 404)).toBe(true);
    expect(receives.length).toBeLessThanOrEqual(25);
    expect(receives.length).toBeGreaterThanOrEqual(17);
    const gaps = receives.slice(1).map((e, i) => e.time - (receives[i]?.time ?? 0));
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(30_000);
      expect(gap).toBeLessThanOrEqual(32_000);
    }
  });
});
