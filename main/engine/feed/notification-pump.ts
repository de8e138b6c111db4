import type { JournalEntry } from '../journal/journal-entry';
import {
  createCoalescerState,
  decideNotification,
  flushCoalescer,
  localMinuteOfDay,
  nextFlushAt,
  offerToCoalescer,
} from '../notifications';
import type { NotificationPreferences, NotificationText } from '../notifications';
import type { PollerClock } from '../pollers';

/**
 * Applies the user's notification policy to new entries and coalesces bursts; owns the one timer
 * the coalescer needs. Only first deliveries notify: a redelivery is the same job, already told.
 */
export function createNotificationPump(options: {
  clock: PollerClock;
  preferences: () => NotificationPreferences;
  show: (notification: NotificationText) => void;
}) {
  let state = createCoalescerState();
  let timer: unknown;

  const emit = (texts: NotificationText[]): void => {
    for (const text of texts) options.show(text);
  };
  const arm = (): void => {
    if (timer !== undefined) options.clock.clearTimeout(timer);
    timer = undefined;
    const due = nextFlushAt(state);
    if (due === undefined) return;
    timer = options.clock.setTimeout(
      () => {
        timer = undefined;
        const step = flushCoalescer(state, options.clock.now());
        state = step.state;
        emit(step.emit);
        arm();
      },
      Math.max(0, due - options.clock.now()),
    );
  };

  return {
    /** Considers newly seen entries for notification. */
    offer(entries: readonly JournalEntry[]): void {
      const now = options.clock.now();
      const clock = {
        epochMs: now,
        localMinuteOfDay: localMinuteOfDay(now, -new Date(now).getTimezoneOffset()),
      };
      for (const entry of entries) {
        if (entry.deliveries !== 1) continue;
        const decision = decideNotification(
          entry.message.event,
          entry.message.origin,
          options.preferences(),
          clock,
        );
        if (!decision.notify) continue;
        const step = offerToCoalescer(
          state,
          { ref: entry.id, event: entry.message.event, origin: entry.message.origin },
          now,
        );
        state = step.state;
        emit(step.emit);
      }
      arm();
    },
    /** Drops the timer (engine stop). */
    stop(): void {
      if (timer !== undefined) options.clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
