// The facts compared side by side above the payload diff.
import type { EventDetail } from '../../preload/contract';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/i18n-context';
import { formatExact } from '../ui/time-format';
import type { TimeZoneChoice } from '../ui/time-format';

/** One compared property: its name and both sides as display text. */
export interface PropertyComparison {
  label: MessageKey;
  left: string;
  right: string;
  same: boolean;
}

/** Event type, outcome, times, dequeue count and ids of both messages, as display text. */
export function compareProperties(
  left: EventDetail,
  right: EventDetail,
  t: Translate,
  timeZone: TimeZoneChoice,
): PropertyComparison[] {
  const time = (ms: number | undefined): string =>
    ms === undefined ? '—' : formatExact(ms, timeZone);
  const rows: [MessageKey, (d: EventDetail) => string][] = [
    ['detail.compare.prop.eventType', (d) => d.row.eventType],
    ['detail.compare.prop.outcome', (d) => t(`outcome.${d.row.outcome}`)],
    ['detail.compare.prop.kind', (d) => t(`kind.${d.row.kind}`)],
    ['detail.compare.prop.keyId', (d) => d.row.keyId ?? '—'],
    ['detail.compare.prop.jobId', (d) => d.row.jobId ?? '—'],
    ['detail.compare.prop.eventTime', (d) => time(d.row.eventTime)],
    ['detail.compare.prop.enqueueTime', (d) => time(d.properties.enqueueTime)],
    ['detail.compare.prop.firstDequeueTime', (d) => time(d.properties.firstDequeueTime)],
    ['detail.compare.prop.dequeueCount', (d) => String(d.properties.dequeueCount)],
    ['detail.compare.prop.state', (d) => t(`state.${d.row.state}`)],
    ['detail.compare.prop.queue', (d) => `${d.row.regionId} / ${d.row.queue}`],
    ['detail.compare.prop.messageId', (d) => d.properties.messageId],
    ['detail.compare.prop.bodyMd5', (d) => d.properties.bodyMd5],
  ];
  return rows.map(([label, read]) => {
    const a = read(left);
    const b = read(right);
    return { label, left: a, right: b, same: a === b };
  });
}
