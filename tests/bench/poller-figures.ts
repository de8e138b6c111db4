// Figures 1–5 of issue 7: what polling costs and how fast messages get through, for MNS Watch's
// feed engine and for the naive baseline, both against the local MNS server on loopback with the
// real SDK client and a real journal (fsync) in a temp folder. Request counts come from the
// server's audit log, never from the client's own bookkeeping.
//
// - Idle requests: server and consumer share a manual clock; an hour passes in well under a second.
// - Requests per message, messages per receive: a 10,000-message backlog drained with auto-delete,
//   every 5th batch receive cut short by the server's partial-batch fault.
// - Ingest and latency: the server runs in a child process (as MNS runs elsewhere), so the timed
//   event loop holds only the app. Ingest: demo messages per second, from the first receive to the
//   push of the last one, with the queue kept topped up to QUEUE_WINDOW waiting messages. Latency:
//   from a receive's HTTP response having arrived (seen below the SDK) to the push, over live
//   traffic sent one message at a time afterwards.
import { performance } from 'node:perf_hooks';

import type { FeedEvent } from '../../main/engine/feed/feed-events';
import type { Journal } from '../../main/engine/journal';
import { createManualClock } from '../../main/local-mns';
import type { AuditEntry, LocalMns, ManualClock } from '../../main/local-mns';
import type { BenchFigure } from './bench-figure';
import { startNaivePoller } from './naive-poller';
import {
  BENCH_QUEUE,
  DRAIN_TIMEOUT_MS,
  benchClient,
  demoBodies,
  openBenchJournal,
  preload,
  startEngine,
  startRig,
  untilAudit,
} from './poller-bench-kit';
import { LatencyProbe } from './poller-latency';
import { startRemoteMns } from './poller-remote-mns';
import type { RemoteMns, RequestCount } from './poller-remote-mns';

const HOUR_MS = 3_600_000;
const RECEIVES: ReadonlySet<string> = new Set(['ReceiveMessage', 'BatchReceiveMessage']);
const DELETES: ReadonlySet<string> = new Set(['DeleteMessage', 'BatchDeleteMessage']);

/** Sizes of one run; `quick` shrinks them for a smoke test. */
interface PollingSizes {
  /** Backlog drained for requests per message and messages per receive (partial batches on). */
  backlog: number;
  /** Messages drained for ingest throughput (at most QUEUE_WINDOW waiting at a time). */
  ingest: number;
  /** Messages the naive baseline drains (it is slow, so fewer). */
  naive: number;
  /** Live messages, one at a time at LIVE_RATE, for latency (each consumer). */
  live: number;
  /** Simulated time the naive poller idles (its rate is per hour either way). */
  naiveIdleMs: number;
}

const FULL: PollingSizes = {
  backlog: 10_000,
  ingest: 20_000,
  naive: 2_000,
  live: 600,
  naiveIdleMs: HOUR_MS,
};
const QUICK: PollingSizes = {
  backlog: 1_000,
  ingest: 2_000,
  naive: 300,
  live: 150,
  naiveIdleMs: 600_000,
};

/**
 * Most messages waiting in the queue during a timed drain: the producer tops the queue up as
 * messages are deleted. Both consumers see the same queue, and the local server's per-receive cost
 * (it scans the queue) stays that of a 2,000-message backlog however long the run.
 */
const QUEUE_WINDOW = 2_000;

/** Live traffic for the latency figures: messages per second, sent one at a time. */
const LIVE_RATE = 100;

/** What one backlog drain cost, from the audit log. */
interface DrainCost {
  requestsPerMessage: number;
  messagesPerReceive: number;
}

/** App-added milliseconds at the median and the 99th percentile; undefined without samples. */
interface Latency {
  p50: number | undefined;
  p99: number | undefined;
}

/** A timed drain and the live traffic after it. */
interface TimedRun extends DrainCost {
  /** Messages per second from the first receive to the push of the last backlog message. */
  perSecond: number;
  /** Latency of backlog messages (each waits for its batch-mates and the batch before). */
  burst: Latency;
  /** Latency of live messages: the figure. */
  live: Latency;
}

/**
 * Figures 1–5: idle requests per hour, requests per message and messages per receive under a
 * backlog with partial batches, end-to-end ingest and app-added latency, each with the naive
 * baseline's value. `log` gets one line per step (what ran, how long, details not in the figures).
 */
export async function measurePolling(
  options: {
    quick?: boolean;
    log?: (line: string) => void;
    /** Receives supporting figures that are not in the issue's table (burst latency, …). */
    extra?: BenchFigure[];
  } = {},
): Promise<BenchFigure[]> {
  const sizes = options.quick === true ? QUICK : FULL;
  const log = options.log ?? (() => undefined);
  const step = async <T>(what: string, run: () => Promise<T>, detail?: (r: T) => string) => {
    const started = performance.now();
    const result = await run();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`${what}: ${seconds} s${detail ? `; ${detail(result)}` : ''}`);
    return result;
  };
  const timedDetail = (r: TimedRun) =>
    `${r.perSecond.toFixed(0)} msgs/s, ${r.requestsPerMessage.toFixed(3)} requests/msg, ` +
    `${r.messagesPerReceive.toFixed(1)} msgs/receive, burst latency p50 ${ms(r.burst.p50)} ` +
    `p99 ${ms(r.burst.p99)}, live latency p50 ${ms(r.live.p50)} p99 ${ms(r.live.p99)}`;

  const idle = await step('idle hour, MNS Watch', () => engineIdleRequests(HOUR_MS));
  const naiveIdle = await step('idle, naive', () => naiveIdleRequests(sizes.naiveIdleMs));
  const backlog = await step(`backlog of ${sizes.backlog} with partial batches`, () =>
    engineBacklog(sizes.backlog),
  );
  const engine = await step(
    `drain of ${sizes.ingest} + ${sizes.live} live, MNS Watch`,
    () => timedRun(startEngineConsumer, sizes.ingest, sizes.live),
    timedDetail,
  );
  const naive = await step(
    `drain of ${sizes.naive} + ${sizes.live} live, naive`,
    () => timedRun(startNaiveConsumer, sizes.naive, sizes.live),
    timedDetail,
  );
  options.extra?.push(
    {
      id: 'ingest_requests_per_message',
      value: engine.requestsPerMessage,
      unit: 'requests',
      target: '-',
      naive: naive.requestsPerMessage,
    },
    {
      id: 'ingest_burst_latency_p50_ms',
      value: engine.burst.p50 ?? NaN,
      unit: 'ms',
      target: '-',
      naive: naive.burst.p50 ?? null,
    },
    {
      id: 'ingest_burst_latency_p99_ms',
      value: engine.burst.p99 ?? NaN,
      unit: 'ms',
      target: '-',
      naive: naive.burst.p99 ?? null,
    },
  );
  return [
    {
      id: 'idle_requests_per_hour',
      value: idle,
      unit: 'requests/h',
      target: '<= 121',
      naive: naiveIdle,
    },
    {
      id: 'requests_per_message',
      value: backlog.requestsPerMessage,
      unit: 'requests',
      target: '<= 0.15',
      naive: naive.requestsPerMessage,
    },
    {
      id: 'messages_per_receive',
      value: backlog.messagesPerReceive,
      unit: 'messages',
      target: '>= 12',
      naive: naive.messagesPerReceive,
    },
    {
      id: 'ingest_msgs_per_s',
      value: engine.perSecond,
      unit: 'msgs/s',
      target: '>= 2000 and >= 8x naive',
      naive: naive.perSecond,
    },
    {
      id: 'latency_p50_ms',
      value: engine.live.p50 ?? NaN,
      unit: 'ms',
      target: '<= 5',
      naive: naive.live.p50 ?? null,
    },
    {
      id: 'latency_p99_ms',
      value: engine.live.p99 ?? NaN,
      unit: 'ms',
      target: '<= 25',
      naive: naive.live.p99 ?? null,
    },
  ];
}

function ms(value: number | undefined): string {
  return value === undefined ? '-' : `${value.toFixed(1)} ms`;
}

/** The q-quantile (0–1, nearest rank) of ascending `sorted`, or undefined when it is empty. */
function quantile(sorted: readonly number[], q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Receive requests on the benchmark queue that arrived in [from, to) by the server's clock. */
function receivesBetween(mns: LocalMns, from: number, to: number): number {
  return mns.audit.count(
    (e) => RECEIVES.has(e.operation) && e.queue === BENCH_QUEUE && e.time >= from && e.time < to,
  );
}

/** Cost of a drain from the audit entries logged until the last message was deleted. */
function drainCost(entries: readonly AuditEntry[], messages: number): DrainCost {
  const ours = entries.filter((e) => e.queue === BENCH_QUEUE);
  const receives = ours.filter((e) => RECEIVES.has(e.operation));
  const deletes = ours.filter((e) => DELETES.has(e.operation));
  const delivered = receives.reduce((sum, e) => sum + e.messageIds.length, 0);
  return {
    requestsPerMessage: (receives.length + deletes.length) / messages,
    messagesPerReceive: receives.length === 0 ? 0 : delivered / receives.length,
  };
}

/** Counts messages deleted on the benchmark queue as the audit log records them. */
function deletedCounter(mns: LocalMns): { readonly count: number; stop(): void } {
  let count = 0;
  const stop = mns.audit.on('entry', (e) => {
    if (DELETES.has(e.operation) && e.queue === BENCH_QUEUE) count += e.messageIds.length;
  });
  return {
    get count() {
      return count;
    },
    stop,
  };
}

/** Figure 1: the engine on an empty queue for one hour of the server's (manual) clock. */
async function engineIdleRequests(windowMs: number): Promise<number> {
  const clock = createManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
  const rig = await startRig({ clock });
  try {
    const { mns, journal } = rig;
    const { engine, started } = startEngine({
      mns,
      journal,
      autoDelete: true,
      clock,
      onEvent: () => undefined,
    });
    await started;
    const start = clock.now();
    try {
      // Each parked 30 s poll is answered (404 MessageNotExist) when the clock reaches its end.
      while (clock.now() - start < windowMs) {
        await mns.longPolls.waitForParked(1, BENCH_QUEUE);
        clock.advance(30_000);
      }
      // The poll after the last answer is parked: every answer in the window is in the audit.
      await mns.longPolls.waitForParked(1, BENCH_QUEUE);
    } finally {
      await engine.stop();
    }
    return (receivesBetween(mns, start, start + windowMs) * HOUR_MS) / windowMs;
  } finally {
    await rig.dispose();
  }
}

/** Figure 1, naive: the 1 s short-poll loop on an empty queue, on the server's (manual) clock. */
async function naiveIdleRequests(windowMs: number): Promise<number> {
  const clock = createManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
  const rig = await startRig({ clock });
  const client = benchClient(rig.mns, clock);
  try {
    const { mns, journal } = rig;
    const sleeps = manualSleeps(clock);
    const start = clock.now();
    const naive = startNaivePoller({
      client,
      origin: { accountId: mns.accountId, regionId: 'local', queue: BENCH_QUEUE },
      journal,
      onPush: () => undefined,
      sleep: sleeps.sleep,
      now: () => clock.now(),
    });
    while (clock.now() - start < windowMs) {
      await sleeps.next();
      clock.advance(1_000);
    }
    await sleeps.next();
    const stopped = naive.stop();
    clock.advance(1_000);
    await stopped;
    return (receivesBetween(mns, start, start + windowMs) * HOUR_MS) / windowMs;
  } finally {
    client.dropConnections();
    await rig.dispose();
  }
}

/** Sleeps on a manual clock, and a way to wait until the sleeper has gone to sleep. */
function manualSleeps(clock: ManualClock): {
  sleep(ms: number): Promise<void>;
  next(): Promise<void>;
} {
  let asleep!: () => void;
  let nextSleep = new Promise<void>((resolve) => (asleep = resolve));
  return {
    sleep(ms) {
      return new Promise<void>((resolve) => {
        clock.setTimer(resolve, ms);
        const wake = asleep;
        nextSleep = new Promise<void>((r) => (asleep = r));
        wake();
      });
    },
    next: () => nextSleep,
  };
}

/**
 * The partial-batch fault on every 5th batch receive, capped at 1, 8, 15, 7, 14, … messages in turn
 * (every cap from 1 to 15 equally often): stripes make partial batches normal on real MNS.
 */
function addPartialBatches(mns: LocalMns): void {
  const order = new Map<string, number>();
  const capOf = (requestId: string): number => {
    let index = order.get(requestId);
    if (index === undefined) {
      index = order.size;
      order.set(requestId, index);
    }
    return index % 5 === 4 ? 1 + ((Math.floor(index / 5) * 7) % 15) : 0;
  };
  for (let max = 1; max <= 15; max += 1) {
    mns.faults.add({
      match: {
        operation: 'BatchReceiveMessage',
        queue: BENCH_QUEUE,
        when: (request) => capOf(request.requestId) === max,
      },
      times: Infinity,
      fault: { kind: 'partial-batch', max },
    });
  }
}

/** Figures 2–3: the engine drains a backlog with auto-delete, partial batches on. */
async function engineBacklog(count: number): Promise<DrainCost> {
  const rig = await startRig();
  try {
    const { mns, journal } = rig;
    preload(mns, demoBodies(count, 11));
    addPartialBatches(mns);
    const deleted = deletedCounter(mns);
    const drained = untilAudit(mns, () => deleted.count >= count, 'the backlog to be deleted');
    drained.catch(() => undefined); // awaited below; a failure before then is reported there
    const { engine, started } = startEngine({
      mns,
      journal,
      autoDelete: true,
      onEvent: () => undefined,
    });
    let entries: AuditEntry[];
    try {
      await started;
      await drained;
      entries = mns.audit.entries();
    } finally {
      deleted.stop();
      await engine.stop();
    }
    return drainCost(entries, count);
  } finally {
    await rig.dispose();
  }
}

/** Cost of a drain from the server process's request counts. */
function remoteDrainCost(count: RequestCount, messages: number): DrainCost {
  return {
    requestsPerMessage: (count.receives + count.deletes) / messages,
    messagesPerReceive: count.receives === 0 ? 0 : count.delivered / count.receives,
  };
}

/** Counts distinct messages pushed to the host and tells when the n-th one was. */
function pushTracker() {
  const seen = new Set<string>();
  const waiters: { count: number; resolve: (at: number) => void }[] = [];
  return {
    pushed(messageIds: readonly string[]): void {
      for (const id of messageIds) seen.add(id);
      const now = performance.now();
      for (const waiter of [...waiters]) {
        if (seen.size < waiter.count) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(now);
      }
    },
    /** Resolves with performance.now() at the push that made `count` distinct messages. */
    until(count: number): Promise<number> {
      if (seen.size >= count) return Promise.resolve(performance.now());
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`benchmark timed out waiting for ${count} pushed messages`)),
          DRAIN_TIMEOUT_MS,
        );
        timer.unref(); // a run that failed elsewhere must not wait for this
        waiters.push({
          count,
          resolve: (at) => {
            clearTimeout(timer);
            resolve(at);
          },
        });
      });
    },
  };
}

/** A consumer under test, started on a journal and a server; pushes go to `pushed`. */
type StartConsumer = (io: {
  mns: RemoteMns;
  journal: Journal;
  probe: LatencyProbe;
  pushed: (messageIds: readonly string[]) => void;
}) => Promise<{ stop(): Promise<void> }>;

/** MNS Watch: the feed engine consuming with auto-delete after journal. */
const startEngineConsumer: StartConsumer = async ({ mns, journal, probe, pushed }) => {
  const { engine, started } = startEngine({
    mns,
    journal,
    autoDelete: true,
    onEvent: (event: FeedEvent) => {
      if (event.type === 'feed') pushed(event.entries.map((e) => e.message.envelope.messageId));
    },
    wrapClient: (client) => probe.wrap(client),
  });
  await started;
  return engine;
};

/** The naive baseline, on a real-time sleep that stop() cuts short. */
const startNaiveConsumer: StartConsumer = ({ mns, journal, probe, pushed }) => {
  const client = probe.wrap(benchClient(mns));
  const sleeps = new Set<() => void>();
  const naive = startNaivePoller({
    client,
    origin: { accountId: mns.accountId, regionId: 'local', queue: BENCH_QUEUE },
    journal,
    onPush: (entries) => pushed(entries.map((e) => e.message.envelope.messageId)),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          sleeps.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        sleeps.add(wake);
      }),
    now: () => Date.now(),
  });
  return Promise.resolve({
    async stop() {
      const stopped = naive.stop();
      for (const wake of [...sleeps]) wake();
      await stopped;
      client.dropConnections();
    },
  });
};

/**
 * Figures 2–5 on a server in its own process (as MNS would be on another machine, so only the
 * app's work is on this event loop): drain `backlog` demo messages (topped up to QUEUE_WINDOW),
 * timed from the first receive to the push of the last one; then live traffic, one message at a
 * time at LIVE_RATE, for the app-added latency.
 */
async function timedRun(
  startConsumer: StartConsumer,
  backlog: number,
  live: number,
): Promise<TimedRun> {
  const mns = await startRemoteMns();
  const { journal, dispose } = await openBenchJournal();
  const probe = new LatencyProbe().start();
  try {
    await mns.preload(backlog, 7, QUEUE_WINDOW);
    const pushes = pushTracker();
    const drained = mns.untilDeleted(backlog);
    drained.catch(() => undefined); // awaited below; a failure before then is reported there
    const consumer = await startConsumer({
      mns,
      journal,
      probe,
      pushed: (ids) => {
        probe.pushed(ids);
        pushes.pushed(ids);
      },
    });
    try {
      const lastPushAt = await pushes.until(backlog);
      const firstReceiveAt = probe.firstReceiveAt ?? lastPushAt;
      const requests = await drained;
      const burst = probe.take();
      const livePushed = pushes.until(backlog + live);
      const liveDeleted = mns.untilDeleted(backlog + live);
      liveDeleted.catch(() => undefined);
      await mns.traffic(live, LIVE_RATE, 19);
      await livePushed;
      await liveDeleted;
      const liveSamples = probe.take();
      return {
        ...remoteDrainCost(requests, backlog),
        perSecond: backlog / Math.max(1e-9, (lastPushAt - firstReceiveAt) / 1000),
        burst: { p50: quantile(burst, 0.5), p99: quantile(burst, 0.99) },
        live: { p50: quantile(liveSamples, 0.5), p99: quantile(liveSamples, 0.99) },
      };
    } finally {
      await consumer.stop();
    }
  } finally {
    probe.stop();
    await dispose();
    await mns.stop();
  }
}
