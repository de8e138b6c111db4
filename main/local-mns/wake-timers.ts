/**
 * One server-clock timer per queue, set for its earliest known state change (a delay or lease
 * ending, a message expiring). Only long-poll wake-ups and purging depend on it; state itself is
 * derived from the clock on every read.
 */
import type { ServerClock, TimerHandle } from './clock';

/** Per-key wake-up timers on a server clock. */
export class WakeTimers<K> {
  private readonly timers = new Map<K, { at: number; handle: TimerHandle }>();

  constructor(
    private readonly clock: ServerClock,
    private readonly onWake: (key: K) => void,
  ) {}

  /** Makes sure `key` wakes no later than `at` (an earlier pending wake-up is kept). */
  wakeAt(key: K, at: number): void {
    if (!Number.isFinite(at)) return;
    const existing = this.timers.get(key);
    if (existing !== undefined && existing.at <= at) return;
    if (existing !== undefined) this.clock.clearTimer(existing.handle);
    const handle = this.clock.setTimer(
      () => {
        this.timers.delete(key);
        this.onWake(key);
      },
      Math.max(0, at - this.clock.now()),
    );
    this.timers.set(key, { at, handle });
  }

  /** Cancels the wake-up of one key. */
  clear(key: K): void {
    const existing = this.timers.get(key);
    if (existing === undefined) return;
    this.clock.clearTimer(existing.handle);
    this.timers.delete(key);
  }

  /** Cancels every wake-up. */
  clearAll(): void {
    for (const key of [...this.timers.keys()]) this.clear(key);
  }
}
