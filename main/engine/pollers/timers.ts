// Time is injected so tests can drive a poller with a manual clock: backoff, the fast-empty guard
// and the request projection all read `now()`, and every wait is a `setTimeout` on the same clock.

/** The clock and timers a poller uses. */
export interface PollerClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` after `ms`; returns a handle for clearTimeout. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a pending setTimeout; ignores handles that already fired. */
  clearTimeout(handle: unknown): void;
}

/** The machine clock and Node's timers. */
export const systemPollerClock: PollerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Why a sleep ended. */
export type WakeReason = 'timer' | 'woken';

/** One sleep at a time that ends when its timer fires or when wake() is called, whichever is first. */
export class Sleeper {
  private pending: ((reason: WakeReason) => void) | undefined;

  constructor(private readonly clock: PollerClock) {}

  /** Sleeps `ms` (or until woken when `ms` is undefined). */
  sleep(ms?: number): Promise<WakeReason> {
    this.wake();
    return new Promise((resolve) => {
      let timer: unknown;
      const finish = (reason: WakeReason): void => {
        if (this.pending !== finish) return;
        this.pending = undefined;
        if (reason === 'woken' && timer !== undefined) this.clock.clearTimeout(timer);
        resolve(reason);
      };
      this.pending = finish;
      if (ms !== undefined) timer = this.clock.setTimeout(() => finish('timer'), Math.max(0, ms));
    });
  }

  /** Ends the current sleep, if any. */
  wake(): void {
    this.pending?.('woken');
  }
}
