// Turns a stream of notification-worthy events into a bounded number of notifications. A pure state
// machine: the host owns the clock and the timer, passes `nowMs` in, and schedules one timer for
// `nextFlushAt(state)`, calling `flushCoalescer` when it fires. Offer only events that passed
// `decideNotification`; the coalescer does not look at preferences.
//
// Semantics:
// - Quiet period: no window is open. The first event is shown at once and opens a window of
//   `windowMs` (default 4 s).
// - Events offered while a window is open are held, and each one extends the window to
//   `windowMs` after it, but never past `maxWindowMs` (default 30 s) after the window opened, so a
//   steady stream still closes a window every 30 s.
// - When a window closes with 1–2 events held, they are shown one by one; with 3 or more, as ONE
//   digest (see digest-text). Either way a new window opens at that moment with nothing held, so
//   an event right after a digest is held too: a steady stream yields one digest per
//   `maxWindowMs`, never a storm.
// - When a window closes with nothing held, the quiet period resumes. Because no notification is
//   due then, `nextFlushAt` is undefined and the host needs no timer; the expiry is noticed on the
//   next offer.
// - A window overdue at an offer (the host's timer was late) is flushed first, inside that offer.
//   A clock that steps backwards before the window opened closes it, so nothing is held for the
//   length of the step.
// - Window lengths are fixed when the first event of a quiet period opens a window, and carry
//   over to the windows that follow a flush; options passed later apply after the next quiet period.
// The same sequence of calls always gives the same notifications.
import { digestText } from './digest-text';
import type { NotificationItem, NotificationText } from './notification-text';
import { notificationTextFor } from './notification-text';

/** Window lengths, in milliseconds. */
export interface CoalescerOptions {
  /** How long after the last event the window stays open. */
  windowMs?: number;
  /** The longest a window stays open, counted from when it opened. */
  maxWindowMs?: number;
}

/** Default `windowMs`. */
export const DEFAULT_COALESCE_WINDOW_MS = 4_000;
/** Default `maxWindowMs`. */
export const DEFAULT_MAX_COALESCE_WINDOW_MS = 30_000;
/** Held events up to this count are shown one by one when their window closes; more make a digest. */
export const MAX_INDIVIDUAL_AFTER_BURST = 2;

/** A window in which offered events are held. */
export interface OpenWindow {
  readonly openedAt: number;
  readonly closesAt: number;
  readonly windowMs: number;
  readonly maxWindowMs: number;
  readonly held: readonly NotificationItem[];
}

/** The coalescer's whole state: plain, immutable data the host keeps between calls. */
export interface CoalescerState {
  /** The open window, or undefined in a quiet period. */
  readonly window: OpenWindow | undefined;
}

/** The new state and the notifications to show now, in order. */
export interface CoalescerStep {
  state: CoalescerState;
  emit: NotificationText[];
}

/** The state of a quiet period, before any event. */
export function createCoalescerState(): CoalescerState {
  return { window: undefined };
}

/** Offers one notification-worthy event at `nowMs`: shown at once, or held for the window. */
export function offerToCoalescer(
  state: CoalescerState,
  item: NotificationItem,
  nowMs: number,
  options: CoalescerOptions = {},
): CoalescerStep {
  const flushed = flushCoalescer(state, nowMs);
  const open = flushed.state.window;
  if (open === undefined) {
    const { windowMs, maxWindowMs } = resolveOptions(options);
    const window: OpenWindow = {
      openedAt: nowMs,
      closesAt: nowMs + windowMs,
      windowMs,
      maxWindowMs,
      held: [],
    };
    return { state: { window }, emit: [...flushed.emit, notificationTextFor(item)] };
  }
  const window: OpenWindow = {
    ...open,
    closesAt: Math.min(nowMs + open.windowMs, open.openedAt + open.maxWindowMs),
    held: [...open.held, item],
  };
  return { state: { window }, emit: flushed.emit };
}

/** Closes the window if it is due at `nowMs`, showing what it held; otherwise changes nothing. */
export function flushCoalescer(state: CoalescerState, nowMs: number): CoalescerStep {
  const open = state.window;
  if (open === undefined || !isDue(open, nowMs)) return { state, emit: [] };
  if (open.held.length === 0) return { state: createCoalescerState(), emit: [] };
  const emit =
    open.held.length <= MAX_INDIVIDUAL_AFTER_BURST
      ? open.held.map(notificationTextFor)
      : [digestText(open.held)];
  const window: OpenWindow = {
    ...open,
    openedAt: nowMs,
    closesAt: nowMs + open.windowMs,
    held: [],
  };
  return { state: { window }, emit };
}

/** When the host should call `flushCoalescer`; undefined when nothing is held. */
export function nextFlushAt(state: CoalescerState): number | undefined {
  const open = state.window;
  return open !== undefined && open.held.length > 0 ? open.closesAt : undefined;
}

/** How many events are waiting for their window to close (for the tray tooltip or debugging). */
export function heldCount(state: CoalescerState): number {
  return state.window?.held.length ?? 0;
}

function isDue(window: OpenWindow, nowMs: number): boolean {
  return nowMs >= window.closesAt || nowMs < window.openedAt;
}

function resolveOptions(options: CoalescerOptions): { windowMs: number; maxWindowMs: number } {
  const windowMs = positiveOr(options.windowMs, DEFAULT_COALESCE_WINDOW_MS);
  const maxWindowMs = Math.max(
    windowMs,
    positiveOr(options.maxWindowMs, DEFAULT_MAX_COALESCE_WINDOW_MS),
  );
  return { windowMs, maxWindowMs };
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
