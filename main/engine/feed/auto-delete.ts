// Auto-delete after journal, off the poller's path. The poller hands a batch over, the intake
// journals it (on disk) and queues its ids here, and the next receive goes out while this batch is
// being deleted. One delete at a time per queue, 16 ids per BatchDeleteMessage: ids wait up to
// AUTO_DELETE_LINGER_MS for a full batch, so partial batches (stripes) and live traffic that
// arrives one message per receive are deleted together instead of one request each.

/** Ids per round: one BatchDeleteMessage. */
export const AUTO_DELETE_BATCH = 16;
/**
 * Journaled ids waiting for their delete before the intake holds the poller back. Every waiting id
 * is a lease that runs out, so this stays small: two receives' worth.
 */
export const AUTO_DELETE_MAX_PENDING = 32;
/**
 * How long an id may wait for batch-mates. Far below any lease (visibility is at least 1 s and
 * 30 s by default), and the message is already journaled and shown.
 */
export const AUTO_DELETE_LINGER_MS = 250;

/** Timers an auto-deleter waits on; injectable so tests control time. */
export interface AutoDeleteTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What an auto-deleter sends with and where it reports a round that threw. */
export interface AutoDeleterOptions {
  /** Deletes these ids (and records the outcome); one call at a time. */
  send: (ids: string[]) => Promise<unknown>;
  /** A round threw (e.g. the journal could not record an outcome): its ids were not retried. */
  onError: (error: unknown, ids: string[]) => void;
  timers: AutoDeleteTimers;
  maxPending?: number;
  lingerMs?: number;
}

/** One queue's auto-delete worker. */
export interface AutoDeleter {
  /** Queues journaled ids; resolves once fewer than maxPending wait, so leases stay bounded. */
  enqueue(ids: readonly string[]): Promise<void>;
  /** Sends everything queued now, without lingering; resolves once it is sent (and recorded). */
  drain(): Promise<void>;
}

/** Creates an idle auto-deleter. */
export function createAutoDeleter(options: AutoDeleterOptions): AutoDeleter {
  const { timers } = options;
  const maxPending = options.maxPending ?? AUTO_DELETE_MAX_PENDING;
  const lingerMs = options.lingerMs ?? AUTO_DELETE_LINGER_MS;
  const pending: string[] = [];
  // When each pending id was queued, in the same order.
  const queuedAt: number[] = [];
  let running: Promise<void> | undefined;
  let lingerTimer: unknown;
  let draining = 0;
  let roomWaiters: (() => void)[] = [];

  const wakeWaiters = (): void => {
    if (pending.length >= maxPending) return;
    const waiters = roomWaiters;
    roomWaiters = [];
    for (const wake of waiters) wake();
  };

  const due = (): boolean =>
    pending.length >= AUTO_DELETE_BATCH ||
    (pending.length > 0 && (draining > 0 || timers.now() - (queuedAt[0] ?? 0) >= lingerMs));

  async function work(): Promise<void> {
    while (due()) {
      const ids = pending.splice(0, AUTO_DELETE_BATCH);
      queuedAt.splice(0, ids.length);
      wakeWaiters();
      try {
        await options.send(ids);
      } catch (error) {
        options.onError(error, ids);
      }
    }
  }

  /** Starts a round if one is due, else makes sure a timer will start it when it is. */
  function kick(): void {
    if (running !== undefined) return;
    if (due()) {
      if (lingerTimer !== undefined) timers.clearTimeout(lingerTimer);
      lingerTimer = undefined;
      running = work().finally(() => {
        running = undefined;
        kick();
        wakeWaiters();
      });
      return;
    }
    if (pending.length === 0 || lingerTimer !== undefined) return;
    lingerTimer = timers.setTimeout(
      () => {
        lingerTimer = undefined;
        kick();
      },
      Math.max(0, (queuedAt[0] ?? 0) + lingerMs - timers.now()),
    );
  }

  return {
    async enqueue(ids) {
      if (ids.length === 0) return;
      const now = timers.now();
      for (const id of ids) {
        pending.push(id);
        queuedAt.push(now);
      }
      kick();
      while (pending.length >= maxPending)
        await new Promise<void>((resolve) => roomWaiters.push(resolve));
    },
    async drain() {
      draining += 1;
      try {
        kick();
        while (running !== undefined) {
          await running;
          kick();
        }
      } finally {
        draining -= 1;
      }
    },
  };
}
