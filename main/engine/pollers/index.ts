// Queue pollers: one long-poll (consume) or peek (watch) loop per (account, region, queue), with
// the pacing, error policy and controls of poller-reliability-security.md §2. Electron-free; the
// host feeds it power and network events and shows its status.
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  THROTTLE_FLOOR_MS,
  backoffCeiling,
  backoffDelay,
} from './backoff';
export type { BackoffPolicy } from './backoff';
export { CLOCK_JUMP_MARGIN_MS, isClockJump } from './clock-jump';
export { RECEIVE_WAIT_SECONDS } from './consume-mode';
export type { ConsumeOptions } from './consume-mode';
export {
  ERROR_POLICY,
  UNREACHABLE_NOTICE_AFTER_MS,
  classifyPollFailure,
  unreachableNotice,
} from './error-policy';
export type { ClassifiedFailure, ErrorAction, HaltState } from './error-policy';
export {
  FAST_EMPTY_FRACTION,
  FAST_EMPTY_JITTER_MS,
  delayAfterEmpty,
  isFastEmpty,
} from './fast-empty';
export type { EmptyAnswer } from './fast-empty';
export { DEFAULT_REQUEST_TIMEOUT_MS, MAX_BATCH } from './poll-mode';
export { createPoller } from './poller';
export type {
  ConsumePollerConfig,
  Poller,
  PollerBaseConfig,
  PollerConfig,
  WatchPollerConfig,
} from './poller-config';
export { initialStatus, statusEquals } from './poller-status';
export type { PollerError, PollerErrorKind, PollerState, PollerStatus } from './poller-status';
export {
  HOURS_PER_MONTH,
  MIN_PROJECTION_WINDOW_MS,
  PROJECTION_MINUTES,
  emptyRequestLog,
  projectRequestsPerMonth,
  recordRequest,
  requestsPerHour,
} from './request-projection';
export type { MinuteCount, RequestLog } from './request-projection';
export { DEFAULT_SEEN_CAPACITY, SeenIds } from './seen-ids';
export { systemPollerClock } from './timers';
export type { PollerClock } from './timers';
export { DEFAULT_PEEK_INTERVAL_MS } from './watch-mode';
export type { WatchOptions } from './watch-mode';
