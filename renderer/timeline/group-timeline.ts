// Turns feed rows into asset timeline cards (product-anchors.md §5 idea 1): every event about one
// asset or job (same correlationKey) on one card, its steps in pipeline order, and one overall
// status. Pure, so the rules below are tested without rendering.
import type { EventKind, EventOutcome, FeedRow } from '../../preload/contract';

/** A column of a card's step timeline; AI and review share one, as do upload and live. */
export type TimelineStageId = 'upload' | 'transcode' | 'snapshot' | 'review' | 'other';

/** Where a card stands overall. */
export type CardStatus = 'failed' | 'partial' | 'in-progress' | 'done';

/** One step of a card: the events of one pipeline stage, in time order. */
export interface TimelineStage {
  id: TimelineStageId;
  /** The distinct kinds of its events, in order of first appearance. */
  kinds: EventKind[];
  rows: FeedRow[];
  outcome: EventOutcome;
}

/** Everything known about one asset or job. */
export interface TimelineCard {
  correlationKey: string;
  status: CardStatus;
  stages: TimelineStage[];
  /** The event whose title best sums the card up (a final failure first, then the furthest step). */
  headline: FeedRow;
  keyId: string | undefined;
  keyField: string | undefined;
  /** The earliest and the latest event by time. */
  first: FeedRow;
  last: FeedRow;
  eventCount: number;
  queues: string[];
  regions: string[];
}

const STAGE_OF: Record<EventKind, TimelineStageId> = {
  upload: 'upload',
  live: 'upload',
  transcode: 'transcode',
  snapshot: 'snapshot',
  ai: 'review',
  audit: 'review',
  other: 'other',
};

/** Stages in pipeline order. */
export const STAGE_ORDER: readonly TimelineStageId[] = [
  'upload',
  'transcode',
  'snapshot',
  'review',
  'other',
];

const stageRank = (row: FeedRow): number => STAGE_ORDER.indexOf(STAGE_OF[row.kind]);

/** Pipeline order: stage, then time; at equal time an intermediate step before the final one. */
export function comparePipeline(a: FeedRow, b: FeedRow): number {
  return (
    stageRank(a) - stageRank(b) ||
    a.time - b.time ||
    Number(a.final) - Number(b.final) ||
    a.id.localeCompare(b.id)
  );
}

/** Groups rows into cards by correlationKey, the card with the most recent event first. */
export function groupTimeline(rows: readonly FeedRow[]): TimelineCard[] {
  const byKey = new Map<string, FeedRow[]>();
  for (const row of rows) {
    const group = byKey.get(row.correlationKey);
    if (group === undefined) byKey.set(row.correlationKey, [row]);
    else group.push(row);
  }
  const cards: TimelineCard[] = [];
  for (const [key, group] of byKey) {
    const card = buildCard(key, group);
    if (card !== undefined) cards.push(card);
  }
  return cards.sort(
    (a, b) => b.last.time - a.last.time || a.correlationKey.localeCompare(b.correlationKey),
  );
}

function buildCard(correlationKey: string, group: FeedRow[]): TimelineCard | undefined {
  const ordered = [...group].sort(comparePipeline);
  const byTime = [...group].sort((a, b) => a.time - b.time || comparePipeline(a, b));
  const first = byTime[0];
  const last = byTime[byTime.length - 1];
  const headline = pickHeadline(ordered);
  if (first === undefined || last === undefined || headline === undefined) return undefined;
  const keyed = ordered.find((row) => row.keyId !== undefined);
  return {
    correlationKey,
    status: cardStatus(ordered),
    stages: buildStages(ordered),
    headline,
    keyId: keyed?.keyId,
    keyField: keyed?.keyField,
    first,
    last,
    eventCount: ordered.length,
    queues: distinct(ordered.map((row) => row.queue)),
    regions: distinct(ordered.map((row) => row.regionId)),
  };
}

function buildStages(ordered: FeedRow[]): TimelineStage[] {
  return STAGE_ORDER.flatMap((id) => {
    const rows = ordered.filter((row) => STAGE_OF[row.kind] === id);
    if (rows.length === 0) return [];
    return [
      { id, kinds: distinct(rows.map((row) => row.kind)), rows, outcome: stageOutcome(rows) },
    ];
  });
}

/**
 * The overall status: failed if any final event failed; in progress while nothing is final yet,
 * or while some kind of step has intermediate events but no final one (per-definition transcodes
 * without TranscodeComplete, a workflow start without its report); partial if anything failed;
 * otherwise done.
 */
export function cardStatus(rows: readonly FeedRow[]): CardStatus {
  if (rows.some((row) => row.final && row.outcome === 'failure')) return 'failed';
  const finalKinds = new Set(rows.filter((row) => row.final).map((row) => row.kind));
  if (finalKinds.size === 0) return 'in-progress';
  if (rows.some((row) => !row.final && !finalKinds.has(row.kind))) return 'in-progress';
  return rows.some(hasFailed) ? 'partial' : 'done';
}

/** One outcome for the events of a stage, by the same rules as the card's status. */
export function stageOutcome(rows: readonly FeedRow[]): EventOutcome {
  const finals = rows.filter((row) => row.final);
  if (finals.some((row) => row.outcome === 'failure')) return 'failure';
  if (finals.length === 0) {
    if (rows.length > 0 && rows.every((row) => row.outcome === 'failure')) return 'failure';
    return rows.some(hasFailed) ? 'partial' : 'in-progress';
  }
  if (rows.some(hasFailed)) return 'partial';
  return latest(finals)?.outcome ?? 'unknown';
}

/** A final failure, else a final partial, else the furthest final step, else the latest event. */
function pickHeadline(ordered: FeedRow[]): FeedRow | undefined {
  const finals = ordered.filter((row) => row.final);
  const tiers = [
    finals.filter((row) => row.outcome === 'failure'),
    finals.filter((row) => row.outcome === 'partial'),
    finals,
    ordered,
  ];
  const tier = tiers.find((rows) => rows.length > 0);
  // `ordered` is in pipeline order, so its last entry is the furthest step, latest within it.
  return tier?.[tier.length - 1];
}

function hasFailed(row: FeedRow): boolean {
  return row.outcome === 'failure' || row.outcome === 'partial';
}

function latest(rows: readonly FeedRow[]): FeedRow | undefined {
  return rows.reduce<FeedRow | undefined>(
    (best, row) => (best === undefined || row.time >= best.time ? row : best),
    undefined,
  );
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
