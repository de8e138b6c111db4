// The text of one notification that stands for a burst of events. The title counts events by kind
// and outcome in plain English; the body shows a few of them so the user can tell what the burst was.
//
//   one kind:   "11 transcodes finished, 1 failed"   "3 AI jobs finished"   "4 snapshot jobs failed"
//   many kinds: "5 jobs finished: 3 transcodes, 2 AI jobs (1 failed)"
//
// "finished" counts every event, failed ones included; when all of them failed, the verb is
// "failed" instead. A partial outcome is "partly failed". Kinds are listed in EVENT_KINDS order and
// examples in arrival order with failures first, so the same burst always reads the same.
import type { EventKind } from '../events/event-model';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, sanitizeLine, truncate } from './display-text';
import { isFailureOutcome } from './notification-decision';
import { EVENT_KINDS } from './notification-preferences';
import type { NotificationItem, NotificationText } from './notification-text';
import { FALLBACK_TITLE } from './notification-text';

/** How many events a digest body names before "and N more". */
export const DIGEST_EXAMPLES = 3;

type Noun = readonly [one: string, many: string];

const KIND_NOUNS: Record<EventKind, Noun> = {
  transcode: ['transcode', 'transcodes'],
  ai: ['AI job', 'AI jobs'],
  snapshot: ['snapshot job', 'snapshot jobs'],
  upload: ['upload', 'uploads'],
  audit: ['review', 'reviews'],
  live: ['live recording', 'live recordings'],
  other: ['other job', 'other jobs'],
};
const JOB: Noun = ['job', 'jobs'];

// Three example lines plus "and N more" fit the body limit without cutting the last line short.
const MAX_EXAMPLE_LENGTH = 60;

interface Tally {
  total: number;
  failed: number;
  partial: number;
}

/** The single notification for a burst of events (normally three or more). */
export function digestText(items: readonly NotificationItem[]): NotificationText {
  const byKind = new Map<EventKind, Tally>();
  for (const { event } of items) {
    const tally = byKind.get(event.kind) ?? { total: 0, failed: 0, partial: 0 };
    tally.total += 1;
    if (event.outcome === 'failure') tally.failed += 1;
    if (event.outcome === 'partial') tally.partial += 1;
    byKind.set(event.kind, tally);
  }
  const kinds = EVENT_KINDS.filter((kind) => byKind.has(kind));
  return {
    title: truncate(digestTitle(kinds, byKind), MAX_TITLE_LENGTH),
    body: digestBody(items),
    eventRefs: items.map((item) => item.ref),
    urgency: items.some((item) => isFailureOutcome(item.event.outcome)) ? 'critical' : 'normal',
  };
}

function digestTitle(kinds: readonly EventKind[], byKind: ReadonlyMap<EventKind, Tally>): string {
  const [onlyKind] = kinds;
  if (kinds.length === 1 && onlyKind !== undefined) {
    const tally = byKind.get(onlyKind) ?? { total: 0, failed: 0, partial: 0 };
    const noun = onlyKind === 'other' ? JOB : KIND_NOUNS[onlyKind];
    if (tally.failed === tally.total) return `${count(tally.total, noun)} failed`;
    return [`${count(tally.total, noun)} finished`, ...failureParts(tally)].join(', ');
  }
  let total = 0;
  let failed = 0;
  for (const tally of byKind.values()) {
    total += tally.total;
    failed += tally.failed;
  }
  const allFailed = failed === total;
  const breakdown = kinds.map((kind) => {
    const tally = byKind.get(kind) ?? { total: 0, failed: 0, partial: 0 };
    const parts = allFailed ? [] : failureParts(tally);
    const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
    return `${count(tally.total, KIND_NOUNS[kind])}${detail}`;
  });
  return `${count(total, JOB)} ${allFailed ? 'failed' : 'finished'}: ${breakdown.join(', ')}`;
}

function failureParts(tally: Tally): string[] {
  const parts: string[] = [];
  if (tally.failed > 0) parts.push(`${tally.failed} failed`);
  if (tally.partial > 0) parts.push(`${tally.partial} partly failed`);
  return parts;
}

function count(n: number, [one, many]: Noun): string {
  return `${n} ${n === 1 ? one : many}`;
}

function digestBody(items: readonly NotificationItem[]): string {
  // Failures are what a user most needs to see among the examples; the sort is stable.
  const rank = (item: NotificationItem): number =>
    item.event.outcome === 'failure' ? 0 : item.event.outcome === 'partial' ? 1 : 2;
  const examples = [...items].sort((a, b) => rank(a) - rank(b)).slice(0, DIGEST_EXAMPLES);
  const lines = examples.map(({ event }) => {
    const title = sanitizeLine(event.title, MAX_EXAMPLE_LENGTH) || FALLBACK_TITLE;
    const subtitle = sanitizeLine(event.subtitle, MAX_EXAMPLE_LENGTH);
    return sanitizeLine(subtitle === '' ? title : `${title} — ${subtitle}`, MAX_EXAMPLE_LENGTH);
  });
  const more = items.length - examples.length;
  if (more > 0) lines.push(`and ${more} more`);
  return truncate(lines.join('\n'), MAX_BODY_LENGTH);
}
