import type { DemoTimers } from '../../../../../main/local-mns/demo';

/** A DemoTimers double with no clock: tests fire timers one by one and inspect what is pending. */
export interface FakeTimers extends DemoTimers {
  readonly pending: Map<number, { readonly fn: () => void; readonly ms: number }>;
  readonly cleared: unknown[];
  /** Fire the earliest-scheduled pending timer; returns its delay, or undefined if none was pending. */
  fireNext(): number | undefined;
}

/** Build the double. */
export function createFakeTimers(): FakeTimers {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const cleared: unknown[] = [];
  let nextId = 1;
  return {
    pending,
    cleared,
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { fn, ms });
      return id;
    },
    clearTimeout(handle) {
      cleared.push(handle);
      if (typeof handle === 'number') pending.delete(handle);
    },
    fireNext() {
      const first = pending.entries().next();
      if (first.done) return undefined;
      const [id, timer] = first.value;
      pending.delete(id);
      timer.fn();
      return timer.ms;
    },
  };
}

/** Let every queued promise callback (the chained sink sends) run; setImmediate fires only after the microtask queue drains. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
