import type { DemoMessage } from './demo-message';
import { createTimeline } from './demo-message';
import type { LifecycleContext, PlannedEvent, RecentAsset } from './lifecycle-context';
import { BATCH_SERIES } from './media-catalog';
import { planMpsJobBatch } from './mps-job-lifecycle';
import { planWorkflowRun } from './mps-workflow-lifecycle';
import { planOddMessage } from './odd-bodies';
import { createRandomValues } from './random-values';
import type { RandomSource } from './seeded-random';
import { createSeededRandom } from './seeded-random';
import type { VideoOrigin } from './vod-lifecycle';
import { planVideoLifecycle } from './vod-lifecycle';
import { planFollowUpLifecycle, planImageLifecycle } from './vod-side-lifecycles';

/** Settings of a demo scenario. */
export interface DemoScenarioOptions {
  /** Account id (TopicOwner and the like); the bodies only use it where Alibaba puts a user id. */
  readonly accountId: string;
  /** Region the OSS hosts are in; default cn-shanghai. */
  readonly region?: string;
  /** Wall-clock time of scenario time 0, written into EventTime etc.; default DEFAULT_DEMO_START_MS. */
  readonly startTimeMs?: number;
  /** Time multiplier: 2 runs everything twice as fast, gaps and event times alike; default 1. */
  readonly speed?: number;
}

/** An endless, time-ordered stream of demo messages. */
export interface DemoScenario {
  /** The next message; atMs never decreases. */
  next(): DemoMessage;
  /** The next `count` messages. */
  take(count: number): DemoMessage[];
}

/** Fixed anchor for generated bodies when no start time is given, so output is reproducible. */
export const DEFAULT_DEMO_START_MS = Date.UTC(2025, 5, 2, 8, 0, 0);

/** Demo account id used when a caller does not care. */
export const DEFAULT_DEMO_ACCOUNT_ID = '1234567890123456';

/** Minimum gap between two demo messages at speed 1, i.e. at most five a second. */
const MIN_SPACING_MS = 200;

type LifecycleChoice = VideoOrigin | 'image' | 'follow-up' | 'mps-batch' | 'mps-workflow';

interface Queued {
  readonly event: PlannedEvent;
  readonly lifecycle: number;
  readonly seq: number;
}

/** Build the demo stream from an injected RandomSource; the same source sequence gives the same stream. */
export function createDemoScenario(
  random: RandomSource,
  options: DemoScenarioOptions,
): DemoScenario {
  const values = createRandomValues(random);
  const speed =
    options.speed !== undefined && Number.isFinite(options.speed) && options.speed > 0
      ? options.speed
      : 1;
  const region = options.region ?? 'cn-shanghai';
  const epochBaseMs = options.startTimeMs ?? DEFAULT_DEMO_START_MS;
  const storageHost = `outin-${values.hex(32)}.oss-${region}.aliyuncs.com`;
  const mpsBucket = `mns-watch-demo-media-${values.hex(6)}`;
  const recent: RecentAsset[] = [];
  const pending: Queued[] = [];
  let lifecycleCount = 0;
  let seq = 0;
  let nextSlotMs = 0;
  let lastEmittedMs = Number.NEGATIVE_INFINITY;

  const enqueue = (events: readonly PlannedEvent[], lifecycle: number): void => {
    for (const event of events) {
      const item = { event, lifecycle, seq: seq++ };
      let index = pending.length;
      while (index > 0 && (pending[index - 1]?.event.at.atMs ?? 0) > event.at.atMs) index -= 1;
      pending.splice(index, 0, item);
    }
  };
  const context = (startAtMs: number): LifecycleContext => ({
    values,
    timeline: createTimeline(startAtMs, speed, epochBaseMs),
    accountId: options.accountId,
    region,
    storageHost,
    mpsBucket,
    recent,
  });
  const startLifecycle = (
    startAtMs: number,
    plan: (ctx: LifecycleContext) => PlannedEvent[],
  ): void => {
    lifecycleCount += 1;
    enqueue(plan(context(startAtMs)), lifecycleCount);
  };

  const startSlot = (): void => {
    const slotMs = nextSlotMs;
    let gapMs: number;
    if (values.chance(0.07)) {
      // A burst: someone drops a folder of files at once, a few uploads within a second or two.
      const series = values.pick(BATCH_SERIES);
      const first = values.int(1, 20);
      const viaMps = values.chance(0.4);
      let offset = 0;
      for (let i = 0; i < values.int(3, 5); i += 1) {
        const fileName = `${series}-${String(first + i).padStart(2, '0')}.mp4`;
        startLifecycle(slotMs + Math.round(offset / speed), (ctx) =>
          viaMps ? planMpsJobBatch(ctx, fileName) : planVideoLifecycle(ctx, 'upload', fileName),
        );
        offset += values.int(150, 700);
      }
      gapMs = values.int(9000, 16000);
    } else {
      const choice = values.weighted<LifecycleChoice>([
        ['upload', 34],
        ['audio', 3],
        ['url', 6],
        ['live', 4],
        ['produce', 3],
        ['image', 6],
        ['follow-up', 8],
        ['mps-batch', 20],
        ['mps-workflow', 16],
      ]);
      const ready = recent.filter((asset) => asset.readyAtMs < slotMs);
      const target = ready.length > 0 ? ready[values.int(0, ready.length - 1)] : undefined;
      startLifecycle(slotMs, (ctx) => {
        if (choice === 'image') return planImageLifecycle(ctx);
        if (choice === 'mps-batch') return planMpsJobBatch(ctx);
        if (choice === 'mps-workflow') return planWorkflowRun(ctx);
        if (choice === 'follow-up')
          return target ? planFollowUpLifecycle(ctx, target) : planImageLifecycle(ctx);
        return planVideoLifecycle(ctx, choice);
      });
      gapMs = values.int(2500, 7000);
    }
    if (values.chance(0.12)) {
      startLifecycle(slotMs + Math.round(values.int(0, gapMs) / speed), (ctx) => [
        planOddMessage(ctx),
      ]);
    }
    nextSlotMs = slotMs + Math.max(1, Math.round(gapMs / speed));
  };

  const next = (): DemoMessage => {
    // Later slots only add events at or after nextSlotMs, so anything earlier is final.
    while (pending.length === 0 || (pending[0]?.event.at.atMs ?? 0) > nextSlotMs) startSlot();
    const item = pending.shift();
    if (!item) throw new Error('demo scenario ran dry');
    const { event } = item;
    // Coincidences across a dozen concurrent assets would otherwise spike to ~10 messages in a second;
    // a short minimum spacing keeps the feed readable, and an event sent a moment after its EventTime
    // is exactly what a real queue shows.
    const atMs = Math.max(event.at.atMs, lastEmittedMs + Math.round(MIN_SPACING_MS / speed));
    lastEmittedMs = atMs;
    return {
      atMs,
      destination: event.destination,
      body: event.body,
      kind: event.kind,
      outcome: event.outcome,
      lifecycle: item.lifecycle,
      subject: event.subject,
      summary: event.summary,
    };
  };
  return { next, take: (count) => Array.from({ length: Math.max(0, count) }, next) };
}

/** The first `count` messages of the scenario seeded with `seed`; pure and deterministic. */
export function generateDemoMessages(
  seed: number | string,
  count: number,
  options: Partial<DemoScenarioOptions> = {},
): DemoMessage[] {
  return createDemoScenario(createSeededRandom(seed), {
    ...options,
    accountId: options.accountId ?? DEFAULT_DEMO_ACCOUNT_ID,
  }).take(count);
}
