// Keeps the tray in step with the engine: folds pushed events into the tray model, counts unseen
// events, and redraws at most every 250 ms (a burst of status changes is one redraw), plus once
// when a mute runs out so the menu stops saying "muted".
import type { EngineEvent, NotificationPreferencesView } from '../../../preload/contract';
import type { BatchTimers } from './event-batcher';
import { isMuted } from './mute-times';
import { applyToTrayModel, emptyTrayModel, trayView } from './tray-model';
import type { TrayModel, TrayView } from './tray-model';
import { noteRows, viewedAt } from './unseen-events';
import type { UnseenEvents } from './unseen-events';

/** Redraws are at most this frequent. */
export const TRAY_THROTTLE_MS = 250;

/** The controller's handle. */
export interface TrayController {
  onEngineEvent(event: EngineEvent): void;
  /** The user looked at a window: nothing is unseen any more. */
  markViewed(): void;
  /** Redraws at once (after a pin change, or the first data). */
  refreshNow(): void;
  /** Current notification preferences, as last pushed. */
  notifications(): NotificationPreferencesView | undefined;
  /** The model as of now (for tests and diagnostics). */
  model(): TrayModel;
}

/** Creates the controller and draws the first (idle) state. */
export function createTrayController(options: {
  show: (view: TrayView) => void;
  now: () => number;
  timers: BatchTimers;
  pinned: () => boolean;
  /** True while a window of the app has focus: arriving events are seen right away. */
  viewing: () => boolean;
}): TrayController {
  const { timers, now } = options;
  let model = emptyTrayModel();
  let unseen: UnseenEvents = viewedAt(now());
  let throttle: unknown;
  let throttled = false;
  let muteTimer: unknown;

  const current = (): TrayModel => ({
    ...model,
    unseen: unseen.ids.size,
    pinned: options.pinned(),
  });

  const draw = (): void => {
    if (throttled) timers.clear(throttle);
    throttled = false;
    const at = now();
    const snapshot = current();
    options.show(trayView(snapshot, at));
    if (muteTimer !== undefined) timers.clear(muteTimer);
    muteTimer = undefined;
    const until = snapshot.notifications?.mutedUntil;
    if (isMuted(until, at)) muteTimer = timers.set(draw, until - at + 1000);
  };

  const schedule = (): void => {
    if (throttled) return;
    throttled = true;
    throttle = timers.set(draw, TRAY_THROTTLE_MS);
  };

  draw();
  return {
    onEngineEvent(event) {
      const next = applyToTrayModel(model, event);
      let changed = next !== model;
      model = next;
      if (event.type === 'feed') {
        const before = unseen;
        unseen = noteRows(unseen, event.rows, options.viewing(), now());
        changed ||= unseen.ids.size !== before.ids.size;
      }
      if (changed) schedule();
    },
    markViewed() {
      const had = unseen.ids.size;
      unseen = viewedAt(now());
      if (had > 0) schedule();
    },
    refreshNow: draw,
    notifications: () => model.notifications,
    model: current,
  };
}
