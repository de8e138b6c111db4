// One line of words for a query, used as the tooltip of a saved filter: "Outcome: Failed ·
// Kind: Transcode · Text “abc” · From 2026-11-23 14:05".
import type { FeedQuery } from '../../preload/contract';
import type { Translate } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { toLocalInput } from './time-range';

/** Joins the parts of a description. */
const SEPARATOR = ' · ';

/** Describes what a query filters, in the UI language; "All events" when it filters nothing. */
export function describeFilter(
  query: FeedQuery,
  t: Translate,
  accountNames: Readonly<Record<string, string>> = {},
): string {
  const parts: string[] = [];
  const text = query.text?.trim() ?? '';
  if (text !== '') parts.push(t('filters.describe.text', { text }));
  const list = (label: MessageKey, values: readonly string[] | undefined): void => {
    if (values === undefined || values.length === 0) return;
    parts.push(t('filters.describe.list', { name: t(label), values: values.join(', ') }));
  };
  list(
    'filters.group.outcome',
    query.outcomes?.map((v) => t(`outcome.${v}`)),
  );
  list(
    'filters.group.kind',
    query.kinds?.map((v) => t(`kind.${v}`)),
  );
  list(
    'filters.group.source',
    query.sources?.map((v) => t(`source.${v}`)),
  );
  list('filters.facet.eventType', query.eventTypes);
  list(
    'filters.facet.account',
    query.accountIds?.map((id) => accountNames[id] ?? id),
  );
  list('filters.facet.region', query.regionIds);
  list('filters.facet.queue', query.queues);
  list(
    'filters.describe.state',
    query.states?.map((v) => t(`state.${v}`)),
  );
  if (query.correlationKey !== undefined) {
    parts.push(t('filters.describe.correlation', { key: query.correlationKey }));
  }
  if (query.from !== undefined)
    parts.push(t('filters.describe.from', { time: readable(query.from) }));
  if (query.to !== undefined) parts.push(t('filters.describe.to', { time: readable(query.to) }));
  return parts.length === 0 ? t('filters.describe.all') : parts.join(SEPARATOR);
}

/** "2026-11-23 14:05" in local time, as the custom range inputs show it. */
function readable(ms: number): string {
  return toLocalInput(ms).replace('T', ' ');
}
