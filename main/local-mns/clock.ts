/** An opaque timer handle issued by a ServerClock. */
export interface TimerHandle {
  readonly timerId: number;
}

/**
 * The local MNS server's notion of time.
 *
 * Visibility, delay, retention, long-poll timeouts, the Date response header and the TimeExpired
 * check all read this clock, so a manual clock lets tests expire a 30 s long poll instantly.
 */
export interface ServerClock {
  now(): number;
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

/** A clock that only moves when told to; due timers fire in due-time order as it moves. */
export interface ManualClock extends ServerClock {
  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void;
  /** Jumps to an absolute time; moving forward fires due timers, moving back fires none. */
  set(ms: number): void;
  /** How many timers are pending (for tests that assert nothing is left scheduled). */
  pendingTimers(): number;
}

// setTimeout overflows above 2^31-1 ms (about 24.8 days) and would fire immediately.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** The machine clock, optionally skewed by `offsetMs` (e.g. +20 min to provoke TimeExpired). */
export function createSystemClock(offsetMs = 0): ServerClock {
  let nextId = 1;
  const timers = new Map<number, NodeJS.Timeout>();
  return {
    now: () => Date.now() + offsetMs,
    setTimer(fn, ms) {
      const timerId = nextId++;
      const timer = setTimeout(
        () => {
          timers.delete(timerId);
          fn();
        },
        Math.min(Math.max(0, ms), MAX_TIMEOUT_MS),
      );
      // The server's own sockets keep the process alive; a pending expiry timer should not.
      timer.unref();
      timers.set(timerId, timer);
      return { timerId };
    },
    clearTimer(handle) {
      const timer = timers.get(handle.timerId);
      if (timer === undefined) return;
      clearTimeout(timer);
      timers.delete(handle.timerId);
    },
  };
}

interface ManualTimer {
  readonly timerId: number;
  readonly due: number;
  readonly fn: () => void;
}

/** A manual clock starting at `startMs` (epoch milliseconds). */
export function createManualClock(startMs: number = Date.now()): ManualClock {
  let current = startMs;
  let nextId = 1;
  const timers = new Map<number, ManualTimer>();

  const nextDue = (limit: number): ManualTimer | undefined => {
    let best: ManualTimer | undefined;
    for (const timer of timers.values()) {
      if (timer.due > limit) continue;
      if (
        best === undefined ||
        timer.due < best.due ||
        (timer.due === best.due && timer.timerId < best.timerId)
      ) {
        best = timer;
      }
    }
    return best;
  };

  const moveTo = (target: number): void => {
    // Timers scheduled by a firing timer are considered too, so chains resolve within one advance.
    for (let timer = nextDue(target); timer !== undefined; timer = nextDue(target)) {
      timers.delete(timer.timerId);
      current = Math.max(current, timer.due);
      timer.fn();
    }
    current = target;
  };

  return {
    now: () => current,
    setTimer(fn, ms) {
      const timerId = nextId++;
      timers.set(timerId, { timerId, due: current + Math.max(0, ms), fn });
      return { timerId };
    },
    clearTimer(handle) {
      timers.delete(handle.timerId);
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance() needs a non-negative duration, got ${ms}`);
      moveTo(current + ms);
    },
    set(ms) {
      if (ms <= current) {
        current = ms;
        return;
      }
      moveTo(ms);
    },
    pendingTimers: () => timers.size,
  };
}
