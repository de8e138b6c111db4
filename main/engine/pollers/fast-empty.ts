// The fast-empty guard (poller-reliability-security.md §2.2 rule 4). MNS answers a long poll it
// refuses to park (over the account's long-poll cap) with an immediate, billed MessageNotExist;
// re-polling at once would be a hot loop of ~72,000 requests an hour.

/** An empty answer faster than this share of the wait means the server did not park the poll. */
export const FAST_EMPTY_FRACTION = 0.5;
/** Extra random wait after a fast empty, so capped pollers spread out. */
export const FAST_EMPTY_JITTER_MS = 2_000;

/** True when an empty answer arrived in less than half of the long-poll wait. */
export function isFastEmpty(elapsedMs: number, waitMs: number): boolean {
  return elapsedMs < waitMs * FAST_EMPTY_FRACTION;
}

/** When an empty answer came, relative to its request, and how long the request asked to wait. */
export interface EmptyAnswer {
  startedAt: number;
  answeredAt: number;
  waitMs: number;
  /** Time the decision is made (after the answer was handled); defaults to `answeredAt`. */
  now?: number;
}

/**
 * Milliseconds to wait before the next receive after an empty answer: 0 for a normal (parked)
 * empty; after a fast one, until a full wait has passed since the request started, plus 0–2 s.
 */
export function delayAfterEmpty(answer: EmptyAnswer, random: () => number): number {
  // A clock that stepped back makes the elapsed time negative; count that as "no wait at all".
  const elapsed = Math.max(0, answer.answeredAt - answer.startedAt);
  if (!isFastEmpty(elapsed, answer.waitMs)) return 0;
  const now = answer.now ?? answer.answeredAt;
  const fullWaitLeft = Math.max(0, answer.startedAt + answer.waitMs - now);
  const jitter = Math.min(1, Math.max(0, random())) * FAST_EMPTY_JITTER_MS;
  // Bounded even if `now` is far behind `startedAt`: never more than one wait plus jitter.
  return Math.min(answer.waitMs, fullWaitLeft) + jitter;
}
