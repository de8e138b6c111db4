import { describe, expect, it } from 'vitest';

import type { ReceivedMessage } from '../../../../main/engine/mns/queue-client';
import type { Fault } from '../../../../main/local-mns';
import {
  BatchLog,
  StatusLog,
  clientFor,
  overlapping,
  pollerHarness,
  receivesOf,
} from './poller-kit';

const harness = pollerHarness();

describe('consume mode under faults', () => {
  it.each([
    [{ kind: 'html', status: 503 }, 'transient'],
    [{ kind: 'error', status: 500, code: 'InternalError' }, 'transient'],
    [{ kind: 'reset' }, 'transient'],
    [{ kind: 'non-xml', status: 200, contentType: 'text/plain', body: 'ok' }, 'malformed-response'],
  ] as [Fault, string][])(
    'backs off with growing full-jitter delays on %j, then recovers',
    async (fault, kind) => {
      const { mns, clock, poller } = await harness.start();
      const { messageId } = mns.store.sendMessage('jobs', 'survives the faults');
      mns.faults.add({ match: { operation: 'BatchReceiveMessage' }, times: 3, fault });
      const batches = new BatchLog<ReceivedMessage>();
      const statuses = new StatusLog();
      const p = poller({
        queue: 'jobs',
        mode: 'consume',
        onMessages: batches.handler,
        onStatus: statuses.listener,
        random: () => 0.99,
      });
      p.start();
      const delays: number[] = [];
      for (let requests = 1; requests <= 3; requests++) {
        const waiting = await statuses.waitForTimer(requests);
        expect(waiting).toMatchObject({ state: 'backing-off', lastError: { kind } });
        delays.push(waiting.nextAttemptAt - clock.now());
        clock.set(waiting.nextAttemptAt);
      }
      // Ceilings 1 s, 2 s, 4 s; random 0.99 puts each delay just under its ceiling.
      expect(delays).toEqual([990, 1_980, 3_960]);
      await batches.waitForMessages(1);
      expect(batches.ids).toEqual([messageId]);
      await mns.longPolls.waitForParked(1, 'jobs');
      expect(p.status()).toMatchObject({ state: 'polling', lastSuccessAt: clock.now() });
      expect(receivesOf(mns)).toHaveLength(4);
      expect(overlapping(receivesOf(mns))).toEqual([]);
    },
  );

  it('gets a message back after its receive answer was cut off mid-body', async () => {
    const { mns, clock, poller } = await harness.start();
    const { messageId } = mns.store.sendMessage('jobs', 'leased by a lost answer');
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      fault: { kind: 'truncated-xml' },
    });
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    }).start();
    const waiting = await statuses.waitForTimer(1);
    expect(waiting.lastError?.kind).toBe('malformed-response');
    // The server committed the lease before the answer broke: nothing half-displayed, and the
    // message comes back to the next (parked) poll once its 30 s visibility timeout ends.
    expect(batches.batches).toEqual([]);
    clock.set(waiting.nextAttemptAt);
    await mns.longPolls.waitForParked(1, 'jobs');
    clock.advance(30_000);
    await batches.waitForMessages(1);
    expect(batches.batches).toEqual([[expect.objectContaining({ messageId, dequeueCount: 2 })]]);
  });

  it('spaces throttled requests at least 1 s apart and recovers', async () => {
    const { mns, clock, poller } = await harness.start();
    mns.store.sendMessage('jobs', 'after the burst');
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      times: 6,
      fault: { kind: 'error', status: 429, code: 'TooManyRequests' },
    });
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
      random: () => 0,
    }).start();
    for (let requests = 1; requests <= 6; requests++) {
      const waiting = await statuses.waitForTimer(requests);
      expect(waiting).toMatchObject({ state: 'backing-off', lastError: { kind: 'throttled' } });
      clock.set(waiting.nextAttemptAt);
    }
    await batches.waitForMessages(1);
    const times = receivesOf(mns).map((e) => e.time);
    expect(times).toHaveLength(7);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('stops on bad credentials after one request and resumes at once with new ones', async () => {
    const { mns, clock, poller } = await harness.start();
    const wrong = clientFor(mns, clock, { accessKeySecret: 'not-the-secret' });
    const batches = new BatchLog<ReceivedMessage>();
    const statuses = new StatusLog();
    const p = poller({
      client: wrong,
      queue: 'jobs',
      mode: 'consume',
      onMessages: batches.handler,
      onStatus: statuses.listener,
    });
    p.start();
    const halted = await statuses.waitFor((s) => s.state === 'auth-error', 'auth-error');
    expect(halted.lastError).toMatchObject({
      kind: 'auth',
      message: 'The AccessKey secret does not match the AccessKey ID. Enter the secret again.',
    });
    expect(halted.nextAttemptAt).toBeUndefined();
    clock.advance(10 * 60_000);
    expect(mns.audit.count({ operation: 'BatchReceiveMessage' })).toBe(1);
    wrong.dropConnections();

    const { messageId } = mns.store.sendMessage('jobs', 'welcome back');
    p.credentialsChanged(clientFor(mns, clock));
    await batches.waitForMessages(1);
    expect(batches.ids).toEqual([messageId]);
    expect(mns.audit.count({ operation: 'BatchReceiveMessage', status: 403 })).toBe(1);
  });

  it('stops with a clock error when the server keeps answering TimeExpired', async () => {
    const { mns, clock, poller } = await harness.start();
    mns.faults.add({
      match: { operation: 'BatchReceiveMessage' },
      times: Infinity,
      fault: { kind: 'error', status: 408, code: 'TimeExpired' },
    });
    const statuses = new StatusLog();
    const p = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: statuses.listener,
    });
    p.start();
    const halted = await statuses.waitFor((s) => s.state === 'clock-error', 'clock-error');
    expect(halted.lastError?.kind).toBe('clock-skew');
    expect(halted.lastError?.message).toMatch(/Set the system clock/);
    clock.advance(10 * 60_000);
    expect(mns.audit.count({ operation: 'BatchReceiveMessage' })).toBeLessThanOrEqual(2);
  });

  it('stops a poller whose queue was deleted while another queue keeps flowing', async () => {
    const { mns, clock, poller } = await harness.start();
    const jobs = new StatusLog();
    const otherBatches = new BatchLog<ReceivedMessage>();
    const jobsPoller = poller({
      queue: 'jobs',
      mode: 'consume',
      onMessages: () => Promise.resolve(),
      onStatus: jobs.listener,
    });
    const otherPoller = poller({
      queue: 'other',
      mode: 'consume',
      onMessages: otherBatches.handler,
    });
    jobsPoller.start();
    otherPoller.start();
    await mns.longPolls.waitForParked(1, 'jobs');
    await mns.longPolls.waitForParked(1, 'other');

    mns.store.deleteQueue('jobs');
    const halted = await jobs.waitFor((s) => s.state === 'queue-missing', 'queue-missing');
    expect(halted.lastError).toMatchObject({ kind: 'queue-missing' });
    expect(halted.lastError?.message).toContain('"jobs" does not exist');

    const { messageId } = mns.store.sendMessage('other', 'still here');
    await otherBatches.waitForMessages(1);
    expect(otherBatches.ids).toEqual([messageId]);
    clock.advance(30_000);
    await mns.longPolls.waitForParked(1, 'other');
    expect(receivesOf(mns, 'jobs')).toHaveLength(1);
    expect(otherPoller.status().state).toBe('polling');
  });
});
