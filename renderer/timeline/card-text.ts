// The words of a timeline card that depend on more than one field.
import type { Translate } from '../i18n/i18n-context';
import { formatDuration } from './format-duration';
import type { TimelineCard, TimelineStage } from './group-timeline';

/** "3 min from Upload to Transcode"; undefined for a single event or no time between events. */
export function describeSpan(card: TimelineCard, t: Translate): string | undefined {
  const ms = card.last.time - card.first.time;
  if (card.eventCount < 2 || ms <= 0) return undefined;
  const duration = formatDuration(ms, t);
  if (card.first.kind === card.last.kind) {
    return t('filters.timeline.spanSame', { duration, count: card.eventCount });
  }
  return t('filters.timeline.span', {
    duration,
    first: t(`kind.${card.first.kind}`),
    last: t(`kind.${card.last.kind}`),
  });
}

/** A stage's heading: its kinds' names ("AI · Review"). */
export function stageLabel(stage: TimelineStage, t: Translate): string {
  return stage.kinds.map((kind) => t(`kind.${kind}`)).join(' · ');
}
