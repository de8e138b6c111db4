// Retry pacing for failed polls (poller-reliability-security.md §2.2 rules 6 and 9): capped
// exponential backoff with full jitter, so many pollers that failed together do not retry together.

/** First ceiling of the exponential schedule. */
export const BACKOFF_BASE_MS = 1_000;
/** The ceiling never grows past this, so a recovered network is noticed within a minute. */
export const BACKOFF_CAP_MS = 60_000;
/** Throttled requests wait at least this long: MNS already held the request about 500 ms. */
export const THROTTLE_FLOOR_MS = 1_000;

/** Shape of the schedule; the defaults are the design rules. */
export interface BackoffPolicy {
  baseMs?: number;
  capMs?: number;
  /** Lower bound of every delay (0 = plain full jitter). */
  floorMs?: number;
}

/** The upper bound for retry `attempt` (0 = first failure): min(cap, base·2^attempt), at least the floor. */
export function backoffCeiling(attempt: number, policy: BackoffPolicy = {}): number {
  const base = policy.baseMs ?? BACKOFF_BASE_MS;
  const cap = policy.capMs ?? BACKOFF_CAP_MS;
  const floor = policy.floorMs ?? 0;
  const exponent = Math.max(0, Math.floor(attempt));
  // 2^1100 is Infinity, which min() turns into the cap; no overflow handling needed.
  return Math.max(floor, Math.min(cap, base * 2 ** exponent));
}

/** The delay before retry `attempt`: uniform in [floor, ceiling) using `random` in [0, 1). */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = {},
): number {
  const floor = policy.floorMs ?? 0;
  const ceiling = backoffCeiling(attempt, policy);
  return floor + unit(random()) * (ceiling - floor);
}

// A misbehaving random source must not produce a negative or unbounded delay.
function unit(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return value >= 1 ? 1 - Number.EPSILON : value;
}
