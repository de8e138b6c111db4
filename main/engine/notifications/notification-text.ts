// The text of one event's notification. It is built from the classifier's `title` and `subtitle`
// only, never from the raw body or summary: those are untrusted and unbounded, while the title and
// subtitle are the short, human lines the classifier chose for exactly this purpose.
import type { MessageOrigin, NormalizedEvent } from '../events/event-model';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, sanitizeLine } from './display-text';
import { isFailureOutcome } from './notification-decision';
import { queueKey } from './notification-preferences';

/** What the host shows as one OS notification. */
export interface NotificationText {
  title: string;
  body: string;
  /** Ids of the events behind it, in arrival order, for the host to open on click. */
  eventRefs: string[];
  /** Lets the OS replace an earlier notification with the same tag instead of stacking a copy. */
  tag?: string;
  urgency: 'normal' | 'critical';
}

/** One event that passed `decideNotification`, as offered to the burst coalescer. */
export interface NotificationItem {
  /** The host's id for the event (journal id, feed card id). */
  ref: string;
  event: NormalizedEvent;
  origin: MessageOrigin;
}

/** Shown when the classifier produced no usable title (it only contained unsafe characters). */
export const FALLBACK_TITLE = 'Media job event';

/** The notification for a single event. */
export function notificationTextFor(item: NotificationItem): NotificationText {
  const { event, origin } = item;
  const text: NotificationText = {
    title: sanitizeLine(event.title, MAX_TITLE_LENGTH) || FALLBACK_TITLE,
    body: sanitizeLine(event.subtitle, MAX_BODY_LENGTH),
    eventRefs: [item.ref],
    urgency: isFailureOutcome(event.outcome) ? 'critical' : 'normal',
  };
  // A redelivered message (same job, same outcome) then replaces its earlier toast.
  if (event.keyId !== undefined) {
    text.tag = sanitizeLine(
      `${queueKey(origin)}|${event.source}|${event.eventType}|${event.keyId}|${event.outcome}`,
      MAX_BODY_LENGTH,
    );
  }
  return text;
}
