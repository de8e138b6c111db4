// Pushed events reach the renderer in batches: everything the engine emits within one frame goes
// over IPC as one message, in order, with all feed rows of the frame folded into one feed event.
import type { EngineEvent, FeedRow } from '../../../preload/contract';

/** How long events gather before they are sent (about one frame). */
export const EVENT_BATCH_MS = 16;

/** Timer functions, injectable so tests run on fake timers. */
export interface BatchTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The batcher's handle. */
export interface EventBatcher {
  push(event: EngineEvent): void;
  /** Sends what is waiting now. */
  flush(): void;
  /** Drops what is waiting and stops the timer. */
  dispose(): void;
}

/**
 * Folds a frame's events: the first feed event takes every feed row of the frame, each row id
 * once with its newest version; every other event keeps its place. Rows are complete snapshots, so
 * showing a newer snapshot a little earlier is safe, while an older one arriving later would not
 * be, and the renderer applies feed rows after the other events of a frame anyway.
 */
export function coalesceEvents(events: readonly EngineEvent[]): EngineEvent[] {
  const rows = new Map<string, FeedRow>();
  for (const event of events) {
    if (event.type !== 'feed') continue;
    for (const row of event.rows) {
      rows.delete(row.id);
      rows.set(row.id, row);
    }
  }
  const out: EngineEvent[] = [];
  let feedPlaced = false;
  for (const event of events) {
    if (event.type !== 'feed') {
      out.push(event);
    } else if (!feedPlaced) {
      feedPlaced = true;
      if (rows.size > 0) out.push({ type: 'feed', rows: [...rows.values()] });
    }
  }
  return out;
}

/** Gathers events for `delayMs` after the first one, then delivers them folded. */
export function createEventBatcher(
  deliver: (batch: EngineEvent[]) => void,
  timers: BatchTimers,
  delayMs = EVENT_BATCH_MS,
): EventBatcher {
  let pending: EngineEvent[] = [];
  let timer: unknown;
  let scheduled = false;

  const flush = (): void => {
    if (scheduled) timers.clear(timer);
    scheduled = false;
    const batch = coalesceEvents(pending);
    pending = [];
    if (batch.length > 0) deliver(batch);
  };

  return {
    push(event) {
      pending.push(event);
      if (scheduled) return;
      scheduled = true;
      timer = timers.set(flush, delayMs);
    },
    flush,
    dispose() {
      if (scheduled) timers.clear(timer);
      scheduled = false;
      pending = [];
    },
  };
}
