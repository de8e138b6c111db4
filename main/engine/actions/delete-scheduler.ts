import type { MessageState } from '../journal/journal-entry';
import type { ActionResult } from './action-result';
import type { JournalPort } from './journal-port';

/** The few seconds in which a delete can still be undone, before any request is sent. */
export const DEFAULT_UNDO_WINDOW_MS = 5_000;

/** Timers the scheduler uses; injectable so tests control time. */
export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A delete waiting out its undo window. */
export interface PendingDelete {
  ticket: string;
  ids: string[];
  sendsAt: number;
}

/**
 * Holds each delete for an undo window, then sends it. Entries are marked 'deleting' at once so the
 * feed shows the intent; undo restores them and nothing reaches MNS.
 */
export function createDeleteScheduler(options: {
  journal: JournalPort;
  send: (ids: string[]) => Promise<ActionResult[]>;
  onResults: (ticket: string, results: ActionResult[]) => void;
  now: () => number;
  timers: SchedulerTimers;
  undoWindowMs?: number;
}) {
  const windowMs = options.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS;
  const pending = new Map<
    string,
    { ids: string[]; timer: unknown; sendsAt: number; previous: Map<string, string> }
  >();
  let counter = 0;

  async function fire(ticket: string): Promise<ActionResult[]> {
    const job = pending.get(ticket);
    if (job === undefined) return [];
    pending.delete(ticket);
    options.timers.clearTimeout(job.timer);
    const results = await options.send(job.ids);
    options.onResults(ticket, results);
    return results;
  }

  return {
    /** Marks the messages as being deleted and sends the delete when the undo window ends. */
    async schedule(ids: string[]): Promise<PendingDelete> {
      counter += 1;
      const ticket = `delete-${counter}`;
      const previous = new Map<string, MessageState>();
      for (const id of ids) {
        const entry = options.journal.get(id);
        if (entry !== undefined) {
          previous.set(id, entry.state);
          await options.journal.update(id, { state: 'deleting' });
        }
      }
      const sendsAt = options.now() + windowMs;
      const timer = options.timers.setTimeout(() => void fire(ticket), windowMs);
      pending.set(ticket, { ids, timer, sendsAt, previous });
      return { ticket, ids, sendsAt };
    },

    /** Cancels a pending delete; false when it was already sent (or never existed). */
    async undo(ticket: string): Promise<boolean> {
      const job = pending.get(ticket);
      if (job === undefined) return false;
      pending.delete(ticket);
      options.timers.clearTimeout(job.timer);
      for (const [id, state] of job.previous) {
        await options.journal.update(id, {
          state: state === 'deleting' ? 'leased' : (state as 'leased'),
        });
      }
      options.onResults(
        ticket,
        job.ids.map((id) => ({
          id,
          ok: false,
          failure: 'undone',
          message: 'Delete undone; nothing was sent.',
        })),
      );
      return true;
    },

    /** Sends every pending delete now (on quit the user's intent still counts). */
    async flush(): Promise<void> {
      await Promise.all([...pending.keys()].map((ticket) => fire(ticket)));
    },

    /** The deletes still inside their undo window. */
    pending(): PendingDelete[] {
      return [...pending.entries()].map(([ticket, job]) => ({
        ticket,
        ids: job.ids,
        sendsAt: job.sendsAt,
      }));
    },
  };
}

/** The scheduler's interface. */
export type DeleteScheduler = ReturnType<typeof createDeleteScheduler>;
