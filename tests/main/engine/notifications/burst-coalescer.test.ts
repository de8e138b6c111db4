import { describe, expect, it } from 'vitest';

import {
  createCoalescerState,
  flushCoalescer,
  heldCount,
  nextFlushAt,
  offerToCoalescer,
} from '../../../../main/engine/notifications';
import type {
  CoalescerOptions,
  CoalescerState,
  NotificationItem,
  NotificationText,
} from '../../../../main/engine/notifications';
import { aiComplete, item, transcodeComplete } from './event-factory';

interface Shown {
  at: number;
  text: NotificationText;
}

/** Plays the host: offers each arrival in order and fires the one timer at `nextFlushAt`. */
function run(
  arrivals: readonly { at: number; item: NotificationItem }[],
  options?: CoalescerOptions,
): { shown: Shown[]; state: CoalescerState } {
  let state = createCoalescerState();
  const shown: Shown[] = [];
  const fireTimersUntil = (limit: number) => {
    for (
      let due = nextFlushAt(state);
      due !== undefined && due <= limit;
      due = nextFlushAt(state)
    ) {
      const step = flushCoalescer(state, due);
      state = step.state;
      shown.push(...step.emit.map((text) => ({ at: due, text })));
    }
  };
  for (const arrival of arrivals) {
    fireTimersUntil(arrival.at);
    const step = offerToCoalescer(state, arrival.item, arrival.at, options);
    state = step.state;
    shown.push(...step.emit.map((text) => ({ at: arrival.at, text })));
  }
  fireTimersUntil(Number.POSITIVE_INFINITY);
  return { shown, state };
}

const transcodesEvery = (count: number, everyMs: number, startMs = 0) =>
  Array.from({ length: count }, (_, i) => ({
    at: startMs + i * everyMs,
    item: item(`t${i + 1}`, transcodeComplete('success', i + 1)),
  }));

describe('burst coalescing', () => {
  it('shows a lone event at once and needs no timer afterwards', () => {
    const step = offerToCoalescer(
      createCoalescerState(),
      item('t1', transcodeComplete('success')),
      0,
    );
    expect(step.emit.map((text) => text.title)).toEqual(['Transcode complete']);
    expect(nextFlushAt(step.state)).toBeUndefined();
  });

  it('turns a burst of 12 transcodes (1 failed) into the first at once and ONE digest', () => {
    const arrivals = transcodesEvery(12, 250);
    arrivals[5] = { at: 1250, item: item('t6', transcodeComplete('failure', 6)) };
    const { shown, state } = run(arrivals);

    expect(shown).toHaveLength(2);
    expect(shown[0]).toEqual({
      at: 0,
      text: expect.objectContaining({ title: 'Transcode complete', eventRefs: ['t1'] }),
    });
    // The window closes 4 s after the last arrival (2750 ms).
    expect(shown[1]?.at).toBe(6750);
    expect(shown[1]?.text).toEqual({
      title: '11 transcodes finished, 1 failed',
      body: [
        'Transcode failed — clip-06.mp4',
        'Transcode complete — clip-02.mp4',
        'Transcode complete — clip-03.mp4',
        'and 8 more',
      ].join('\n'),
      eventRefs: ['t2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12'],
      urgency: 'critical',
    });
    expect(heldCount(state)).toBe(0);
  });

  it('shows up to two held events individually when the window closes', () => {
    const { shown } = run([
      { at: 0, item: item('t1', transcodeComplete('success', 1)) },
      { at: 1000, item: item('t2', transcodeComplete('failure', 2)) },
      { at: 2000, item: item('a1', aiComplete('success')) },
    ]);
    expect(shown.map(({ at, text }) => [at, text.eventRefs, text.title])).toEqual([
      [0, ['t1'], 'Transcode complete'],
      [6000, ['t2'], 'Transcode failed'],
      [6000, ['a1'], 'AI moderation: pass'],
    ]);
  });

  it('holds an event that follows a digest, and shows one after a quiet window at once', () => {
    const first = run([
      ...transcodesEvery(4, 100),
      { at: 5_000, item: item('late', aiComplete('success')) },
    ]);
    // Digest at 4300; the AI event at 5000 falls in the next window and shows alone at 9000.
    expect(first.shown.map(({ at, text }) => [at, text.eventRefs.length])).toEqual([
      [0, 1],
      [4300, 3],
      [9000, 1],
    ]);

    const second = run([
      ...transcodesEvery(4, 100),
      { at: 8_400, item: item('late', aiComplete('success')) },
    ]);
    // 8400 is after the post-digest window (4300–8300) ended: a quiet period again.
    expect(second.shown.map(({ at }) => at)).toEqual([0, 4300, 8400]);
  });

  it('keeps a steady stream over 2 minutes to a bounded number of notifications', () => {
    const arrivals = transcodesEvery(240, 500); // two per second for 120 s
    const { shown } = run(arrivals);

    expect(shown.map(({ at, text }) => [at, text.eventRefs.length])).toEqual([
      [0, 1],
      [30_000, 59],
      [60_000, 60],
      [90_000, 60],
      [120_000, 60],
    ]);
    expect(shown.slice(1).map(({ text }) => text.title)).toEqual([
      '59 transcodes finished',
      '60 transcodes finished',
      '60 transcodes finished',
      '60 transcodes finished',
    ]);
    // Every event is accounted for exactly once.
    const refs = shown.flatMap(({ text }) => text.eventRefs);
    expect(new Set(refs).size).toBe(240);
    expect(refs).toHaveLength(240);
  });

  it('honours a configured window and maximum', () => {
    const { shown } = run(transcodesEvery(30, 1000), { windowMs: 2000, maxWindowMs: 10_000 });
    expect(shown.map(({ at, text }) => [at, text.eventRefs.length])).toEqual([
      [0, 1],
      [10_000, 9],
      [20_000, 10],
      [30_000, 10],
    ]);
  });

  it('flushes an overdue window inside the next offer when the host timer was late', () => {
    let state = createCoalescerState();
    for (const [i, at] of [0, 100, 200, 300].entries()) {
      state = offerToCoalescer(
        state,
        item(`t${i + 1}`, transcodeComplete('success', i + 1)),
        at,
      ).state;
    }
    expect(nextFlushAt(state)).toBe(4300);
    const step = offerToCoalescer(state, item('t5', transcodeComplete('success', 5)), 60_000);
    expect(step.emit.map((text) => text.title)).toEqual(['3 transcodes finished']);
    // The new event falls in the window the digest opened, so it waits.
    expect(heldCount(step.state)).toBe(1);
    expect(nextFlushAt(step.state)).toBe(64_000);
  });

  it('does nothing when flushed early, and is unchanged by it', () => {
    let state = createCoalescerState();
    state = offerToCoalescer(state, item('t1', transcodeComplete('success', 1)), 0).state;
    state = offerToCoalescer(state, item('t2', transcodeComplete('success', 2)), 1000).state;
    const early = flushCoalescer(state, 4999);
    expect(early).toEqual({ state, emit: [] });
    expect(flushCoalescer(state, 5000).emit.map((text) => text.eventRefs)).toEqual([['t2']]);
  });

  it('does not hold events for hours when the clock steps back', () => {
    let state = createCoalescerState();
    state = offerToCoalescer(state, item('t1', transcodeComplete('success', 1)), 10_000_000).state;
    state = offerToCoalescer(state, item('t2', transcodeComplete('success', 2)), 10_001_000).state;
    const afterStep = flushCoalescer(state, 1_000);
    expect(afterStep.emit.map((text) => text.eventRefs)).toEqual([['t2']]);
  });

  it('gives the same notifications for the same inputs', () => {
    const arrivals = [...transcodesEvery(20, 300), ...transcodesEvery(5, 700, 40_000)];
    expect(run(arrivals).shown).toEqual(run(arrivals).shown);
  });
});
