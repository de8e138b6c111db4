// What the tray icon says at a glance, from the queues' statuses: trouble first, then paused,
// then news; idle otherwise.
import type { PollerStateView, QueueStatusView } from '../../../preload/contract';
import type { HealthCounts } from './tray-text';

/** The icon variants, one image set per state in assets/tray. */
export type TrayIconState = 'idle' | 'new' | 'error' | 'paused';

/** Every icon state, in the order the assets are generated. */
export const TRAY_ICON_STATES: readonly TrayIconState[] = ['idle', 'new', 'error', 'paused'];

/** How a queue is doing, in the tray's coarse terms. */
export type QueueHealth = keyof HealthCounts | 'stopped';

/** Maps a poller state to the tray's terms; unknown future states count as live. */
export function queueHealth(state: PollerStateView): QueueHealth {
  switch (state) {
    case 'auth-error':
    case 'queue-missing':
    case 'clock-error':
      return 'failing';
    case 'paused':
      return 'paused';
    case 'backing-off':
      return 'retrying';
    case 'offline':
      return 'offline';
    case 'stopped':
      return 'stopped';
    default:
      return 'live';
  }
}

/** Counts the statuses by health. */
export function healthCounts(statuses: readonly QueueStatusView[]): HealthCounts {
  const counts: HealthCounts = { live: 0, paused: 0, retrying: 0, offline: 0, failing: 0 };
  for (const status of statuses) {
    const health = queueHealth(status.state);
    if (health !== 'stopped') counts[health] += 1;
  }
  return counts;
}

/** True when there are queues and every one of them is paused. */
export function allPaused(statuses: readonly QueueStatusView[]): boolean {
  return statuses.length > 0 && statuses.every((s) => s.state === 'paused');
}

/**
 * The icon state: error while any queue is halted (wrong keys, missing queue, clock), paused when
 * the user paused everything, new while events arrived that nobody has looked at, else idle.
 */
export function trayState(
  statuses: readonly QueueStatusView[],
  unseenCount: number,
  paused: boolean,
): TrayIconState {
  if (statuses.some((s) => queueHealth(s.state) === 'failing')) return 'error';
  if (paused) return 'paused';
  if (unseenCount > 0) return 'new';
  return 'idle';
}
