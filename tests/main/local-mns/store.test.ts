import { describe, expect, it } from 'vitest';

import {
  createDemoSink,
  createManualClock,
  LocalMnsStore,
  MnsError,
} from '../../../main/local-mns';
import { startDemoTraffic } from '../../../main/local-mns/demo';

function newStore(clock = createManualClock()) {
  return new LocalMnsStore({
    clock,
    accountId: '1234567890123456',
    region: 'cn-hangzhou',
    stripes: 1,
    longPollCap: Infinity,
    rejectEmptyMessageBody: true,
  });
}

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof MnsError) return error.code;
    throw error;
  }
  return undefined;
}

describe('store: direct in-process access', () => {
  it('snapshots every message with its state, newest handle and counters', async () => {
    const clock = createManualClock(1_000_000);
    const store = newStore(clock);
    store.createQueue('q', { visibilityTimeout: 10 });
    const active = store.sendMessage('q', 'active', { priority: 2 });
    const delayed = store.sendMessage('q', 'delayed', { delaySeconds: 5 });
    store.sendMessage('q', 'to-lease');
    const outcome = await store.queues.receive('q', {
      limit: 1,
      batch: false,
      waitMs: 0,
      signal: new AbortController().signal,
    });
    expect(outcome.kind).toBe('delivered');
    const snapshot = store.listMessages('q');
    expect(snapshot.map((m) => [m.body, m.state, m.dequeueCount])).toEqual([
      ['active', 'inactive', 1],
      ['delayed', 'delayed', 0],
      ['to-lease', 'active', 0],
    ]);
    expect(snapshot[0]).toMatchObject({
      messageId: active.messageId,
      handleValid: true,
      nextVisibleTime: 1_010_000,
      firstDequeueTime: 1_000_000,
    });
    expect(snapshot[1]).toMatchObject({ receiptHandle: delayed.receiptHandle, handleValid: true });
    expect(snapshot[2]).toMatchObject({
      receiptHandle: null,
      handleValid: false,
      firstDequeueTime: null,
    });
    clock.advance(10_000);
    expect(store.listMessages('q').map((m) => m.state)).toEqual(['active', 'active', 'active']);
    expect(store.listMessages('q')[0]?.handleValid).toBe(false);
  });

  it('validates like the HTTP API and throws MnsError', () => {
    const store = newStore();
    expect(errorCode(() => store.createQueue('bad name'))).toBe('InvalidQueueName');
    store.createQueue('q', { maximumMessageSize: 1024 });
    expect(store.createQueue('q', { maximumMessageSize: 1024 })).toBe('identical');
    expect(errorCode(() => store.createQueue('q'))).toBe('QueueAlreadyExist');
    expect(errorCode(() => store.sendMessage('q', 'x'.repeat(1025)))).toBe('InvalidArgument');
    expect(errorCode(() => store.sendMessage('q', 'x', { priority: 0 }))).toBe('InvalidArgument');
    expect(errorCode(() => store.sendMessage('nope', 'x'))).toBe('QueueNotExist');
    expect(errorCode(() => store.publishMessage('nope', 'x'))).toBe('TopicNotExist');
    // Text no XML document can carry would break every client's parser, so it never gets in.
    expect(errorCode(() => store.sendMessage('q', 'bell \u0007'))).toBe('InvalidArgument');
    expect(errorCode(() => store.sendMessage('q', 'lone \uD800 surrogate'))).toBe(
      'InvalidArgument',
    );
    expect(store.sendMessage('q', 'emoji \u{1F600} ok').messageId).toMatch(/^[0-9A-F-]+$/);
  });

  it('publishes to subscribed queues and reports each delivery', () => {
    const store = newStore();
    store.createQueue('a');
    store.createTopic('t');
    store.subscribe('t', 'to-a', { queue: 'a', format: 'SIMPLIFIED' });
    store.subscribe('t', 'to-gone', { queue: 'gone' });
    store.subscribe('t', 'filtered', { queue: 'a', filterTag: 'x' });
    const { deliveries } = store.publishMessage('t', 'hello', 'y');
    expect(deliveries).toMatchObject([
      { subscription: 'to-a', queue: 'a' },
      { subscription: 'to-gone', queue: 'gone', skipped: 'QueueNotExist' },
      { subscription: 'filtered', skipped: 'FilterTag does not match' },
    ]);
    expect(store.listMessages('a').map((m) => m.body)).toEqual(['hello']);
  });
});

describe('demo sink', () => {
  it('implements the DemoSink port idempotently over the store', async () => {
    const store = newStore();
    const sink = createDemoSink(store);
    await sink.ensureQueue('vod');
    await sink.ensureQueue('vod');
    store.createQueue('custom', { visibilityTimeout: 99 });
    await sink.ensureQueue('custom');
    expect(store.queues.getQueue('custom').attributes.visibilityTimeout).toBe(99);
    await sink.ensureTopic('mps');
    await sink.ensureTopic('mps');
    await sink.subscribe('mps', 'to-vod', 'vod', 'JSON', 'tag');
    await sink.subscribe('mps', 'to-vod', 'vod', 'JSON', 'tag');
    await sink.publishMessage('mps', 'skipped: no tag');
    await sink.publishMessage('mps', 'pushed', 'tag');
    await sink.sendMessage('vod', 'direct');
    const bodies = store.listMessages('vod').map((m) => m.body);
    expect(bodies).toHaveLength(2);
    expect(JSON.parse(bodies[0] ?? '')).toMatchObject({
      Message: 'pushed',
      MessageTag: 'tag',
      SubscriptionName: 'to-vod',
    });
    expect(bodies[1]).toBe('direct');
  });

  it('drives the demo traffic generator: its setup lands in the store', async () => {
    const store = newStore();
    const pending: (() => void)[] = [];
    const traffic = startDemoTraffic(createDemoSink(store), {
      accountId: store.accountId,
      random: () => 0.5,
      timers: {
        setTimeout: (fn) => pending.push(fn),
        clearTimeout: () => undefined,
      },
    });
    await traffic.ready;
    traffic.stop();
    expect(store.queueNames().length).toBeGreaterThan(0);
  });
});
