import { describe, expect, it } from 'vitest';

import type { DemoSink } from '../../../../main/local-mns/demo';
import {
  DEMO_QUEUES,
  DEMO_SUBSCRIPTIONS,
  DEMO_TOPIC,
  createDemoScenario,
  createSeededRandom,
  startDemoTraffic,
} from '../../../../main/local-mns/demo';
import { classifyEvent } from './support/classify-event';
import { decodeBody } from './support/decode-body';
import { createFakeSink } from './support/fake-sink';
import { createFakeTimers, flushPromises } from './support/fake-timers';

const ACCOUNT = '1234567890123456';
const NOW = Date.UTC(2025, 8, 1, 9, 30, 0);

function start(options: { seed?: number; speed?: number; failOn?: keyof DemoSink } = {}) {
  const sink = createFakeSink({
    accountId: ACCOUNT,
    ...(options.failOn ? { failOn: options.failOn } : {}),
  });
  const timers = createFakeTimers();
  const lines: string[] = [];
  const traffic = startDemoTraffic(sink, {
    accountId: ACCOUNT,
    random: createSeededRandom(options.seed ?? 11),
    timers,
    now: () => NOW,
    log: (line) => lines.push(line),
    ...(options.speed === undefined ? {} : { speed: options.speed }),
  });
  return { sink, timers, lines, traffic };
}

/** Fire timers one at a time, letting each send complete; returns the delays. */
async function fire(timers: ReturnType<typeof createFakeTimers>, count: number): Promise<number[]> {
  const delays: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const delay = timers.fireNext();
    if (delay === undefined) break;
    delays.push(delay);
    await flushPromises();
  }
  return delays;
}

describe('startDemoTraffic setup', () => {
  it('creates both queues, the topic and one subscription per envelope format before sending', async () => {
    const { sink, timers, traffic, lines } = start();
    expect(timers.pending.size).toBe(0);
    await traffic.ready;
    expect(sink.calls).toEqual([
      `ensureQueue ${DEMO_QUEUES.vod}`,
      `ensureQueue ${DEMO_QUEUES.mps}`,
      `ensureTopic ${DEMO_TOPIC}`,
      ...DEMO_SUBSCRIPTIONS.map(
        (s) => `subscribe ${DEMO_TOPIC} ${s.name} ${DEMO_QUEUES.mps} ${s.format} ${s.filterTag}`,
      ),
    ]);
    expect(new Set(DEMO_SUBSCRIPTIONS.map((s) => s.format))).toEqual(
      new Set(['JSON', 'XML', 'SIMPLIFIED']),
    );
    expect(new Set(DEMO_SUBSCRIPTIONS.map((s) => s.filterTag)).size).toBe(3);
    for (const s of DEMO_SUBSCRIPTIONS) expect(s.filterTag.length).toBeLessThanOrEqual(16);
    for (const name of [
      ...Object.values(DEMO_QUEUES),
      DEMO_TOPIC,
      ...DEMO_SUBSCRIPTIONS.map((s) => s.name),
    ]) {
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/);
    }
    expect(timers.pending.size).toBe(1);
    expect(lines[0]).toMatch(/^ready: /);
    traffic.stop();
  });

  it('rejects ready and schedules nothing when the sink cannot set up', async () => {
    const { timers, traffic, lines } = start({ failOn: 'ensureTopic' });
    await expect(traffic.ready).rejects.toThrow(/ensureTopic refused/);
    await flushPromises();
    expect(timers.pending.size).toBe(0);
    expect(lines.some((line) => line.startsWith('setup failed'))).toBe(true);
  });
});

describe('startDemoTraffic delivery', () => {
  it('sends the scenario’s messages, in order, at the scenario’s gaps, logging one line each', async () => {
    const { sink, timers, traffic, lines } = start({ seed: 21 });
    await traffic.ready;
    const expected = createDemoScenario(createSeededRandom(21), {
      accountId: ACCOUNT,
      startTimeMs: NOW,
    }).take(120);
    const delays = await fire(timers, 120);
    expect(delays).toEqual(expected.map((m, i) => m.atMs - (expected[i - 1]?.atMs ?? 0)));
    expect(lines.slice(1)).toEqual(expected.map((m) => m.summary));
    const direct = expected.filter(
      (m) => 'queue' in m.destination && m.destination.queue === DEMO_QUEUES.vod,
    );
    expect(sink.queues.get(DEMO_QUEUES.vod)).toEqual(direct.map((m) => m.body));
    const sends = sink.calls.filter(
      (call) => call.startsWith('sendMessage') || call.startsWith('publishMessage'),
    );
    expect(sends).toEqual(
      expected.map((m) =>
        'queue' in m.destination
          ? `sendMessage ${m.destination.queue}`
          : `publishMessage ${m.destination.topic} ${m.destination.tag ?? ''}`,
      ),
    );
    traffic.stop();
  });

  it('routes each topic message into the MPS queue exactly once, in the envelope its tag selects', async () => {
    const { sink, timers, traffic } = start({ seed: 33 });
    await traffic.ready;
    const expected = createDemoScenario(createSeededRandom(33), {
      accountId: ACCOUNT,
      startTimeMs: NOW,
    }).take(400);
    await fire(timers, 400);
    const toMps = expected.filter(
      (m) => !('queue' in m.destination) || m.destination.queue === DEMO_QUEUES.mps,
    );
    const received = sink.queues.get(DEMO_QUEUES.mps) ?? [];
    expect(received.length).toBe(toMps.length);
    const formats = new Set<string>();
    toMps.forEach((message, i) => {
      const body = received[i] ?? '';
      expect(Buffer.byteLength(body)).toBeLessThan(64 * 1024);
      if ('queue' in message.destination) return expect(body).toBe(message.body);
      const tag = message.destination.tag;
      const format = DEMO_SUBSCRIPTIONS.find((s) => s.filterTag === tag)?.format;
      formats.add(format ?? '?');
      if (format === 'SIMPLIFIED') expect(body).toBe(message.body);
      if (format === 'JSON')
        expect(JSON.parse(body)).toMatchObject({
          TopicOwner: ACCOUNT,
          TopicName: DEMO_TOPIC,
          Message: message.body,
          MessageTag: tag,
        });
      if (format === 'XML')
        expect(body).toMatch(
          /^<\?xml[^>]*\?><Notification xmlns="http:\/\/mns\.aliyuncs\.com\/doc\/v1\/">/,
        );
      if (message.kind.startsWith('odd/')) return;
      const inner = decodeBody(message.body);
      const unwrapped = decodeBody(body);
      expect(unwrapped.ok && inner.ok && unwrapped.event).toEqual(inner.ok && inner.event);
      if (unwrapped.ok) expect(classifyEvent(unwrapped.event).outcome).toBe(message.outcome);
    });
    expect(formats).toEqual(new Set(['JSON', 'XML', 'SIMPLIFIED']));
    traffic.stop();
  });

  it('keeps going after a failed send and says so in the log', async () => {
    const { timers, traffic, lines } = start({ failOn: 'sendMessage' });
    await traffic.ready;
    await fire(timers, 5);
    expect(lines.filter((line) => line.startsWith('send failed')).length).toBeGreaterThan(0);
    expect(timers.pending.size).toBe(1);
    traffic.stop();
  });

  it('plays faster with `speed`', async () => {
    const slow = start({ seed: 4 });
    const fast = start({ seed: 4, speed: 10 });
    await Promise.all([slow.traffic.ready, fast.traffic.ready]);
    const slowTotal = (await fire(slow.timers, 60)).reduce((a, b) => a + b, 0);
    const fastTotal = (await fire(fast.timers, 60)).reduce((a, b) => a + b, 0);
    expect(fastTotal).toBeGreaterThan(slowTotal / 10 - 100);
    expect(fastTotal).toBeLessThan(slowTotal / 10 + 100);
    slow.traffic.stop();
    fast.traffic.stop();
  });
});

describe('startDemoTraffic pacing against the wall clock', () => {
  function startWithClock() {
    const sink = createFakeSink({ accountId: ACCOUNT });
    const timers = createFakeTimers();
    const clock = { ms: NOW };
    const traffic = startDemoTraffic(sink, {
      accountId: ACCOUNT,
      random: createSeededRandom(11),
      timers,
      now: () => clock.ms,
    });
    const expected = createDemoScenario(createSeededRandom(11), {
      accountId: ACCOUNT,
      startTimeMs: NOW,
    }).take(40);
    return { timers, traffic, clock, expected };
  }

  it('sends sooner after a late timer, so EventTimes stay close to the real clock', async () => {
    const { timers, traffic, clock, expected } = startWithClock();
    await traffic.ready;
    const delays: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const delay = [...timers.pending.values()][0]?.ms ?? 0;
      delays.push(delay);
      clock.ms += delay + 40; // every timer fires 40 ms late
      timers.fireNext();
      await flushPromises();
    }
    const gaps = expected.slice(0, 30).map((m, i) => m.atMs - (expected[i - 1]?.atMs ?? 0));
    expect(delays[0]).toBe(gaps[0]);
    delays.slice(1).forEach((delay, i) => expect(delay).toBe(Math.max(0, (gaps[i + 1] ?? 0) - 40)));
    traffic.stop();
  });

  it('does not flood the queue to catch up after a long stall (e.g. the laptop slept)', async () => {
    const { timers, traffic, clock, expected } = startWithClock();
    await traffic.ready;
    clock.ms += (expected[0]?.atMs ?? 0) + 3_600_000;
    timers.fireNext();
    await flushPromises();
    const next = [...timers.pending.values()][0]?.ms ?? 0;
    expect(next).toBe((expected[1]?.atMs ?? 0) - (expected[0]?.atMs ?? 0));
    // From the new baseline, small lateness is corrected again.
    clock.ms += next + 40;
    timers.fireNext();
    await flushPromises();
    expect([...timers.pending.values()][0]?.ms).toBe(
      (expected[2]?.atMs ?? 0) - (expected[1]?.atMs ?? 0) - 40,
    );
    traffic.stop();
  });
});

describe('stop()', () => {
  it('cancels the pending timer and sends nothing more', async () => {
    const { sink, timers, traffic } = start();
    await traffic.ready;
    await fire(timers, 10);
    const handle = [...timers.pending.keys()][0];
    const sent = sink.calls.length;
    traffic.stop();
    expect(timers.cleared).toContain(handle);
    expect(timers.pending.size).toBe(0);
    await flushPromises();
    expect(sink.calls.length).toBe(sent);
  });

  it('drops a message whose timer fired but whose send had not started yet', async () => {
    const { sink, timers, traffic } = start();
    await traffic.ready;
    const before = sink.calls.length;
    timers.fireNext();
    traffic.stop();
    await flushPromises();
    expect(sink.calls.length).toBe(before);
    expect(timers.pending.size).toBe(0);
  });

  it('before setup finishes means no timer is ever scheduled', async () => {
    const { timers, traffic } = start();
    traffic.stop();
    await traffic.ready;
    expect(timers.pending.size).toBe(0);
  });
});
