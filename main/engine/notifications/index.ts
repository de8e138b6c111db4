// The notification policy: which events notify, how bursts collapse, and what the text says. Pure
// functions of plain data; the host owns timers and the Electron Notification call.
export {
  DEFAULT_COALESCE_WINDOW_MS,
  DEFAULT_MAX_COALESCE_WINDOW_MS,
  MAX_INDIVIDUAL_AFTER_BURST,
  createCoalescerState,
  flushCoalescer,
  heldCount,
  nextFlushAt,
  offerToCoalescer,
} from './burst-coalescer';
export type {
  CoalescerOptions,
  CoalescerState,
  CoalescerStep,
  OpenWindow,
} from './burst-coalescer';
export { DIGEST_EXAMPLES, digestText } from './digest-text';
export { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, sanitizeLine, truncate } from './display-text';
export { isMutedAt, muteFor, muteForOneHour, muteUntilTomorrow } from './mute-until';
export { decideNotification, isDefaultNotifiable, isFailureOutcome } from './notification-decision';
export type {
  DecisionClock,
  NotificationDecision,
  SuppressionReason,
} from './notification-decision';
export {
  CLOCK_TIME_PATTERN,
  DEFAULT_NOTIFICATION_PREFERENCES,
  EVENT_KINDS,
  parseNotificationPreferences,
  queueKey,
} from './notification-preferences';
export type {
  NotificationMode,
  NotificationPreferences,
  ParsedPreferences,
  QuietHours,
} from './notification-preferences';
export { FALLBACK_TITLE, notificationTextFor } from './notification-text';
export type { NotificationItem, NotificationText } from './notification-text';
export { isQuietAt, localMinuteOfDay, parseClockTime } from './quiet-hours';
