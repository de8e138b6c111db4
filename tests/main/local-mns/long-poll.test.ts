import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { createManualClock } from '../../../main/local-mns';
import { asList, asRecord, localMnsHarness, rejectionOf, startRawRequest } from './local-mns-kit';

describe('long polling', () => {
  const harness = localMnsHarness();

  it('parks a receive and answers as soon as a message is sent mid-wait', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const started = performance.now();
    const receive = sdk.batchReceiveMessage('q', 16, 30);
    await mns.longPolls.waitForParked(1, 'q');
    mns.store.sendMessage('q', 'wake up');
    const result = await receive;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(asList(result.body).map((m) => m.MessageBody)).toEqual(['wake up']);
    const entry = await mns.audit.waitFor({ operation: 'BatchReceiveMessage' });
    expect(entry).toMatchObject({
      parked: true,
      status: 200,
      committed: true,
      clientClosedEarly: false,
    });
    expect(entry.path).toBe('/queues/q/messages?numOfMessages=16&waitseconds=30');
  });

  it('ends an empty long poll with MessageNotExist exactly when the wait is over (manual clock)', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    const receive = rejectionOf(sdk.receiveMessage('q', 5));
    await mns.longPolls.waitForParked(1, 'q');
    clock.advance(4_999);
    expect(mns.longPolls.parkedCount('q')).toBe(1);
    clock.advance(1);
    expect(mns.longPolls.parkedCount('q')).toBe(0);
    const error = await receive;
    expect(error.name).toBe('MNSMessageNotExistError');
    expect(error.message).toMatch(/failed with 404\..*Message not exist\./);
  });

  it('waits the real time on the system clock for a short wait', async () => {
    const { sdk } = await harness.start({ queues: ['q'] });
    const started = performance.now();
    expect((await rejectionOf(sdk.receiveMessage('q', 1))).name).toBe('MNSMessageNotExistError');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("uses the queue's PollingWaitSeconds when waitseconds is omitted", async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock });
    await sdk.createQueue('q', { PollingWaitSeconds: 3 });
    const receive = sdk.receiveMessage('q');
    await mns.longPolls.waitForParked(1, 'q');
    clock.advance(1_000);
    mns.store.sendMessage('q', 'late');
    expect(asRecord((await receive).body).MessageBody).toBe('late');
  });

  it('wakes parked polls when a delay expires and when a visibility timeout expires', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    mns.store.sendMessage('q', 'delayed', { delaySeconds: 5 });
    const first = sdk.receiveMessage('q', 30);
    await mns.longPolls.waitForParked(1, 'q');
    clock.advance(5_000);
    const delivered = asRecord((await first).body);
    expect(delivered).toMatchObject({ MessageBody: 'delayed', DequeueCount: '1' });
    const second = sdk.receiveMessage('q', 30);
    await mns.longPolls.waitForParked(1, 'q');
    clock.advance(30_000);
    const redelivered = asRecord((await second).body);
    expect(redelivered).toMatchObject({ MessageId: delivered.MessageId, DequeueCount: '2' });
  });

  it('serves parked polls in arrival order, one message each', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    const first = sdk.receiveMessage('q', 30);
    await mns.longPolls.waitForParked(1, 'q');
    const second = sdk.receiveMessage('q', 30);
    await mns.longPolls.waitForParked(2, 'q');
    mns.store.sendMessage('q', 'only one');
    expect(asRecord((await first).body).MessageBody).toBe('only one');
    expect(mns.longPolls.parkedCount('q')).toBe(1);
    mns.store.sendMessage('q', 'another');
    expect(asRecord((await second).body).MessageBody).toBe('another');
  });

  it('cancels a parked poll when its client disconnects, so the message is not leased to it', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const parked = startRawRequest(mns, {
      method: 'GET',
      path: '/queues/q/messages?waitseconds=30',
    });
    const failure = parked.response.catch((error: unknown) => error);
    await mns.longPolls.waitForParked(1, 'q');
    parked.request.destroy();
    const cancelled = await mns.audit.waitFor({
      operation: 'ReceiveMessage',
      clientClosedEarly: true,
    });
    expect(cancelled).toMatchObject({ status: 0, committed: false, parked: true, messageIds: [] });
    expect(mns.longPolls.parkedCount()).toBe(0);
    expect(await failure).toBeInstanceOf(Error);

    const { messageId } = mns.store.sendMessage('q', 'still here');
    expect(mns.store.listMessages('q')).toMatchObject([
      { messageId, state: 'active', dequeueCount: 0 },
    ]);
    expect(asRecord((await sdk.receiveMessage('q')).body)).toMatchObject({
      MessageId: messageId,
      DequeueCount: '1',
    });
  });

  it('answers polls over the long-poll cap with an immediate 404, without parking them', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, longPollCap: 1, queues: ['q'] });
    const parked = rejectionOf(sdk.receiveMessage('q', 30));
    await mns.longPolls.waitForParked(1);
    const over = await rejectionOf(sdk.batchReceiveMessage('q', 16, 30));
    expect(over.name).toBe('MNSMessageNotExistError');
    expect(mns.audit.filter({ operation: 'BatchReceiveMessage' })).toMatchObject([
      { parked: false, status: 404 },
    ]);
    clock.advance(30_000);
    expect((await parked).name).toBe('MNSMessageNotExistError');
  });

  it('ends parked polls with QueueNotExist when their queue is deleted', async () => {
    const { mns, sdk } = await harness.start({ queues: ['q'] });
    const receive = rejectionOf(sdk.receiveMessage('q', 30));
    await mns.longPolls.waitForParked(1, 'q');
    await sdk.deleteQueue('q');
    expect((await receive).name).toBe('MNSQueueNotExistError');
  });

  it('stop() closes parked polls and every socket', async () => {
    const clock = createManualClock();
    const { mns, sdk } = await harness.start({ clock, queues: ['q'] });
    const receive = rejectionOf(sdk.receiveMessage('q', 30));
    await mns.longPolls.waitForParked(1, 'q');
    await mns.stop();
    const error = await receive;
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
    expect(clock.pendingTimers()).toBe(0);
  });
});
