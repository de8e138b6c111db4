// Detects sleep/resume without an OS event (poller-reliability-security.md §2.2 rule 10): a request
// cannot really outlast its read timeout, so a longer one means the computer slept or the wall
// clock was changed, and leases and pooled sockets from before may be dead.

/** Slack beyond the read timeout before a request's duration counts as a jump. */
export const CLOCK_JUMP_MARGIN_MS = 5_000;

/** True when a request "lasted" longer than its read timeout + 5 s, or the clock went back > 5 s. */
export function isClockJump(startedAt: number, endedAt: number, readTimeoutMs: number): boolean {
  const lasted = endedAt - startedAt;
  return lasted > readTimeoutMs + CLOCK_JUMP_MARGIN_MS || lasted < -CLOCK_JUMP_MARGIN_MS;
}
