// A hand-driven clock and timer queue for the shell's injected timers: tests move time forward
// explicitly, while the real engine underneath keeps Node's own timers.
import type { BatchTimers } from '../../../../../main/hosts/electron/event-batcher';

/** Timers plus the controls a test needs. */
export interface ManualTimers extends BatchTimers {
  now(): number;
  /** Moves the clock forward, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** How many timers are waiting. */
  pending(): number;
}

/** Creates manual timers starting at `start` (epoch ms). */
export function createManualTimers(start = Date.UTC(2026, 5, 1, 9, 0, 0)): ManualTimers {
  let clock = start;
  let nextId = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => clock,
    set(callback, ms) {
      const id = nextId++;
      queue.set(id, { at: clock + Math.max(0, ms), callback });
      return id;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
    advance(ms) {
      const end = clock + ms;
      for (;;) {
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const entry of queue) {
          if (entry[1].at <= end && (due === undefined || entry[1].at < due[1].at)) due = entry;
        }
        if (due === undefined) break;
        queue.delete(due[0]);
        clock = Math.max(clock, due[1].at);
        due[1].callback();
      }
      clock = end;
    },
    pending: () => queue.size,
  };
}
