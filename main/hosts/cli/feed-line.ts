import type { ClassifiedMessage } from '../../engine/events/classify-message';
import type { EventOutcome } from '../../engine/events/event-model';

const MARKS: Record<EventOutcome, string> = {
  success: '✓',
  partial: '◐',
  failure: '✗',
  'in-progress': '…',
  unknown: '?',
};

/** One terminal line for a classified message: time, outcome mark, kind, title and subtitle. */
export function formatFeedLine(message: ClassifiedMessage, notify: boolean): string {
  const { event } = message;
  const time = new Date(event.eventTime ?? message.envelope.enqueueTime)
    .toISOString()
    .slice(11, 19);
  const bell = notify ? '🔔' : '  ';
  const detail = event.subtitle === '' ? '' : `  — ${event.subtitle}`;
  return `${time} ${MARKS[event.outcome]} ${bell} ${event.kind.padEnd(9)} ${event.title}${detail}`.slice(
    0,
    200,
  );
}
