import type { DemoDestination, DemoOutcome, TimePoint, Timeline } from './demo-message';
import type { RandomValues } from './random-values';

/** One message a lifecycle wants sent; the scenario merges these from all lifecycles in time order. */
export interface PlannedEvent {
  readonly at: TimePoint;
  readonly destination: DemoDestination;
  readonly body: string;
  readonly kind: string;
  readonly outcome: DemoOutcome;
  readonly subject: string;
  readonly summary: string;
}

/** A VOD asset an earlier lifecycle produced, so later management events can refer back to it. */
export interface RecentAsset {
  readonly videoId: string;
  readonly fileName: string;
  readonly streamJobIds: readonly string[];
  /** Scenario time of the asset's last event; later events may only refer to it after this. */
  readonly readyAtMs: number;
}

/** Everything a lifecycle generator may use; it must draw randomness only from `values`. */
export interface LifecycleContext {
  readonly values: RandomValues;
  readonly timeline: Timeline;
  readonly accountId: string;
  readonly region: string;
  /** VOD's storage bucket host, `outin-<hex>.oss-<region>.aliyuncs.com`. */
  readonly storageHost: string;
  /** The OSS bucket MPS reads its inputs from and writes outputs to. */
  readonly mpsBucket: string;
  /** Assets from earlier lifecycles, newest last; lifecycles append what they create. */
  readonly recent: RecentAsset[];
}

/** Serialize a payload (objects as compact JSON, like the producers send) into a planned event. */
export function planEvent(
  at: TimePoint,
  destination: DemoDestination,
  payload: object | string,
  meta: { kind: string; outcome: DemoOutcome; subject: string; summary: string },
): PlannedEvent {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return { at, destination, body, ...meta };
}

/** Format a byte count the way a person reads it in a log line. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
