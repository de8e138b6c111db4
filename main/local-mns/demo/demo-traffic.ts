import type { DemoMessage } from './demo-message';
import { DEMO_QUEUES, DEMO_SUBSCRIPTIONS, DEMO_TOPIC } from './demo-names';
import type { DemoSink } from './demo-sink';
import { createDemoScenario } from './scenario';
import type { RandomSource } from './seeded-random';
import { createSeededRandom } from './seeded-random';

/** The timer functions demo traffic schedules with; inject fakes in tests. */
export interface DemoTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of startDemoTraffic. */
export interface DemoTrafficOptions {
  readonly accountId: string;
  readonly region?: string;
  /** Source of randomness; default a PRNG seeded from the clock. */
  readonly random?: () => number;
  /** Receives one short human line per emitted event (and setup/send problems). */
  readonly log?: (line: string) => void;
  /** Time multiplier, default 1; 10 plays ten times faster. */
  readonly speed?: number;
  readonly timers?: DemoTimers;
  /** Wall clock for the EventTime of bodies; default Date.now. Read once at start. */
  readonly now?: () => number;
}

/** A running demo: `stop()` cancels every pending timer; `ready` resolves once the MNS setup exists. */
export interface DemoTraffic {
  stop(): void;
  readonly ready: Promise<void>;
}

/** Lateness the scheduler still makes up by sending sooner; beyond it, it just carries on. */
const MAX_CATCH_UP_MS = 10_000;

const realTimers: DemoTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/** Create the demo queues, topic and subscriptions, then feed the scenario's messages into the sink in real time. */
export function startDemoTraffic(sink: DemoSink, options: DemoTrafficOptions): DemoTraffic {
  const timers = options.timers ?? realTimers;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  const startTimeMs = now();
  const random: RandomSource = options.random ?? createSeededRandom(startTimeMs);
  const scenario = createDemoScenario(random, {
    accountId: options.accountId,
    startTimeMs,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.speed === undefined ? {} : { speed: options.speed }),
  });
  let stopped = false;
  let pending: { handle: unknown } | undefined;
  let lastAtMs = 0;
  // Lateness accepted for good, e.g. after the machine slept; see scheduleNext.
  let acceptedLagMs = 0;
  // Sends are chained so the queue sees messages in scenario order even if the sink is slow.
  let delivery: Promise<void> = Promise.resolve();

  const deliver = (message: DemoMessage): void => {
    delivery = delivery
      .then(async () => {
        if (stopped) return;
        const { destination } = message;
        if ('queue' in destination) await sink.sendMessage(destination.queue, message.body);
        else await sink.publishMessage(destination.topic, message.body, destination.tag);
        log(message.summary);
      })
      .catch((error: unknown) => {
        log(
          `send failed (${message.kind}): ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  };

  const scheduleNext = (): void => {
    if (stopped) return;
    const message = scenario.next();
    // Relative delays, shortened by however late the previous timer fired so EventTimes stay close to
    // the wall clock over hours. A clock that does not move (fake timers) simply means no correction.
    let lateMs = Math.max(0, now() - (startTimeMs + acceptedLagMs + lastAtMs));
    if (lateMs > MAX_CATCH_UP_MS) {
      // After a long stall, replaying everything missed at once would flood the viewer; resume the
      // normal pace from here instead.
      acceptedLagMs += lateMs;
      lateMs = 0;
    }
    const delay = Math.max(0, message.atMs - lastAtMs - lateMs);
    const timer = {
      handle: timers.setTimeout(() => {
        if (pending === timer) pending = undefined;
        if (stopped) return;
        lastAtMs = message.atMs;
        deliver(message);
        scheduleNext();
      }, delay),
    };
    pending = timer;
  };

  const setUp = async (): Promise<void> => {
    await sink.ensureQueue(DEMO_QUEUES.vod);
    await sink.ensureQueue(DEMO_QUEUES.mps);
    await sink.ensureTopic(DEMO_TOPIC);
    for (const subscription of DEMO_SUBSCRIPTIONS) {
      await sink.subscribe(
        DEMO_TOPIC,
        subscription.name,
        subscription.queue,
        subscription.format,
        subscription.filterTag,
      );
    }
    log(
      `ready: VOD → ${DEMO_QUEUES.vod}; MPS → ${DEMO_QUEUES.mps} (direct, and via topic ${DEMO_TOPIC} as JSON/XML/SIMPLIFIED)`,
    );
  };

  const ready = setUp().then(scheduleNext);
  // The caller may never await `ready`; the failure is still reported through log.
  ready.catch((error: unknown) => {
    log(`setup failed: ${error instanceof Error ? error.message : String(error)}`);
  });

  return {
    ready,
    stop() {
      stopped = true;
      if (pending) timers.clearTimeout(pending.handle);
      pending = undefined;
    },
  };
}
