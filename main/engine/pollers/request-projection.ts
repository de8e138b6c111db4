// Projects a poller's monthly request bill from its recent rate (poller-reliability-security.md
// §2.4: an idle 30 s long poll is ~120 requests/hour, ~86,400 per 30-day month).
//
// Formula: requests are counted in one-minute buckets, keeping the current minute and the 59
// before it. The window runs from max(first request, start of the oldest kept minute) to now, and
// is at least MIN_PROJECTION_WINDOW_MS long so the first request alone does not extrapolate wildly:
//
//   requestsPerHour  = requestsInWindow × (1 h / windowLength)
//   requestsPerMonth = requestsPerHour × 720           (30 days × 24 h)
//
// So after an idle hour it reads 120 × 720 = 86,400, and a hot loop shows up within a minute.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Hours in the 30-day month MNS bills by. */
export const HOURS_PER_MONTH = 720;
/** Minutes of history kept (the current one included). */
export const PROJECTION_MINUTES = 60;
/** The shortest window a rate is computed over. */
export const MIN_PROJECTION_WINDOW_MS = 5 * MINUTE_MS;

/** Requests made in one minute (minute = floor(epoch ms / 60,000)). */
export interface MinuteCount {
  readonly minute: number;
  readonly count: number;
}

/** Recent request history: immutable, at most PROJECTION_MINUTES buckets. */
export interface RequestLog {
  readonly firstAt: number | undefined;
  readonly minutes: readonly MinuteCount[];
}

/** A log with no requests. */
export function emptyRequestLog(): RequestLog {
  return { firstAt: undefined, minutes: [] };
}

/** The log with one more request made at `at`. */
export function recordRequest(log: RequestLog, at: number): RequestLog {
  const minute = Math.floor(at / MINUTE_MS);
  const kept = log.minutes.filter((m) => m.minute > minute - PROJECTION_MINUTES);
  const last = kept[kept.length - 1];
  const minutes =
    last !== undefined && last.minute === minute
      ? [...kept.slice(0, -1), { minute, count: last.count + 1 }]
      : [...kept, { minute, count: 1 }];
  return { firstAt: log.firstAt ?? at, minutes };
}

/** The recent request rate per hour (0 before the first request). */
export function requestsPerHour(log: RequestLog, now: number): number {
  if (log.firstAt === undefined) return 0;
  const oldestMinute = Math.floor(now / MINUTE_MS) - (PROJECTION_MINUTES - 1);
  const count = log.minutes
    .filter((m) => m.minute >= oldestMinute)
    .reduce((sum, m) => sum + m.count, 0);
  const windowStart = Math.max(log.firstAt, oldestMinute * MINUTE_MS);
  const windowMs = Math.max(MIN_PROJECTION_WINDOW_MS, now - windowStart);
  return (count * HOUR_MS) / windowMs;
}

/** Requests per 30-day month at the recent rate, rounded. */
export function projectRequestsPerMonth(log: RequestLog, now: number): number {
  return Math.round(requestsPerHour(log, now) * HOURS_PER_MONTH);
}
