/**
 * Parked long polls (protocol spec §5.3). A waiter is served as soon as its queue has a
 * receivable message, in arrival order; it times out on the server clock, and it is cancelled
 * the moment its client goes away so no message is leased to a dead request.
 */
import type { ServerClock, TimerHandle } from './clock';

/** How a parked poll ended. */
export type ParkOutcome<T> =
  | { readonly kind: 'delivered'; readonly items: T[] }
  | { readonly kind: 'timeout' | 'cancelled' | 'queue-deleted' | 'shutdown' };

/** A poll to park. `take` leases messages; an empty result means "keep waiting". */
export interface ParkRequest<T> {
  readonly queue: string;
  readonly waitMs: number;
  readonly signal: AbortSignal;
  readonly take: () => T[];
}

interface Waiter {
  readonly queue: string;
  tryDeliver(): boolean;
  end(kind: 'queue-deleted' | 'shutdown'): void;
}

/** Read-only view of parked polls for tests and the fault harness. */
export interface LongPollObserver {
  /** Polls parked now, on one queue or on all. */
  parkedCount(queue?: string): number;
  /** Resolves once at least `count` polls are parked (on `queue` if given); rejects after `timeoutMs` real ms. */
  waitForParked(count?: number, queue?: string, timeoutMs?: number): Promise<void>;
}

/** All parked polls of one server. */
export class LongPollRegistry implements LongPollObserver {
  private readonly waiters: Waiter[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: ServerClock,
    private readonly cap: number,
  ) {}

  /** False when the concurrent long-poll cap is reached (the cloud then answers an immediate 404). */
  hasCapacity(): boolean {
    return this.waiters.length < this.cap;
  }

  /** Parks a poll until `take` yields messages, the wait ends, or the client leaves. */
  park<T>(request: ParkRequest<T>): Promise<ParkOutcome<T>> {
    return new Promise((resolve) => {
      if (request.signal.aborted) {
        resolve({ kind: 'cancelled' });
        return;
      }
      let settled = false;
      const settle = (outcome: ParkOutcome<T>): void => {
        if (settled) return;
        settled = true;
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        this.clock.clearTimer(timer);
        request.signal.removeEventListener('abort', onAbort);
        resolve(outcome);
      };
      const onAbort = (): void => settle({ kind: 'cancelled' });
      const waiter: Waiter = {
        queue: request.queue,
        tryDeliver: () => {
          // A client that has gone but whose close event is still queued must not get a lease.
          if (request.signal.aborted) {
            settle({ kind: 'cancelled' });
            return true;
          }
          const items = request.take();
          if (items.length === 0) return false;
          settle({ kind: 'delivered', items });
          return true;
        },
        end: (kind) => settle({ kind }),
      };
      const timer: TimerHandle = this.clock.setTimer(
        () => settle({ kind: 'timeout' }),
        request.waitMs,
      );
      request.signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      for (const listener of [...this.listeners]) listener();
    });
  }

  /** Serves parked polls of `queue` in arrival order while it has receivable messages. */
  notify(queue: string): void {
    for (const waiter of this.waiters.filter((candidate) => candidate.queue === queue)) {
      if (!waiter.tryDeliver()) return;
    }
  }

  /** Ends every poll parked on a queue that was just deleted. */
  dropQueue(queue: string): void {
    for (const waiter of this.waiters.filter((candidate) => candidate.queue === queue))
      waiter.end('queue-deleted');
  }

  /** Ends every parked poll (server stop). */
  close(): void {
    for (const waiter of [...this.waiters]) waiter.end('shutdown');
  }

  parkedCount(queue?: string): number {
    if (queue === undefined) return this.waiters.length;
    return this.waiters.filter((waiter) => waiter.queue === queue).length;
  }

  waitForParked(count = 1, queue?: string, timeoutMs = 10_000): Promise<void> {
    if (this.parkedCount(queue) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.parkedCount(queue) < count) return;
        cleanup();
        resolve();
      };
      const timeout = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `timed out waiting for ${count} parked long poll(s)${queue ? ` on ${queue}` : ''}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timeout);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }
}
