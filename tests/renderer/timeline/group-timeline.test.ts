import { describe, expect, it } from 'vitest';

import type { FeedRow } from '../../../preload/contract';
import { createTranslate } from '../../../renderer/i18n/i18n-context';
import { describeSpan, stageLabel } from '../../../renderer/timeline/card-text';
import { formatDuration } from '../../../renderer/timeline/format-duration';
import { cardStatus, groupTimeline } from '../../../renderer/timeline/group-timeline';
import { sampleRow } from '../support/fake-api';

const T0 = 1_790_000_000_000;
const MIN = 60_000;
const t = createTranslate('en');

/** A row of asset `key`, `minutes` after T0. */
function row(id: string, minutes: number, overrides: Partial<FeedRow> = {}): FeedRow {
  return sampleRow({
    id,
    messageId: id,
    correlationKey: 'acc:asset:v1',
    time: T0 + minutes * MIN,
    ...overrides,
  });
}

const upload = (id: string, minutes: number, more: Partial<FeedRow> = {}): FeedRow =>
  row(id, minutes, {
    kind: 'upload',
    eventType: 'FileUploadComplete',
    final: true,
    title: 'Video uploaded: trailer.mp4',
    ...more,
  });
const definition = (id: string, minutes: number, more: Partial<FeedRow> = {}): FeedRow =>
  row(id, minutes, {
    kind: 'transcode',
    eventType: 'StreamTranscodeComplete',
    final: false,
    ...more,
  });
const transcoded = (id: string, minutes: number, more: Partial<FeedRow> = {}): FeedRow =>
  row(id, minutes, { kind: 'transcode', eventType: 'TranscodeComplete', final: true, ...more });

describe('groupTimeline', () => {
  it('makes one card per correlation key, the most recently active first', () => {
    const cards = groupTimeline([
      upload('a1', 0, { correlationKey: 'A' }),
      upload('b1', 5, { correlationKey: 'B' }),
      transcoded('a2', 9, { correlationKey: 'A' }),
      upload('c1', 1, { correlationKey: 'C' }),
    ]);
    expect(cards.map((card) => card.correlationKey)).toEqual(['A', 'B', 'C']);
    expect(cards[0]?.eventCount).toBe(2);
  });

  it('orders steps upload → transcode → snapshot → AI/review → other, then by time', () => {
    const rows = [
      row('other', 1, { kind: 'other', eventType: 'DeleteMediaComplete' }),
      row('audit', 2, { kind: 'audit' }),
      row('snap', 3, { kind: 'snapshot' }),
      transcoded('final', 4),
      definition('hd', 3),
      definition('sd', 2),
      row('ai', 6, { kind: 'ai' }),
      upload('up', 7),
    ];
    const [card] = groupTimeline(rows);
    expect(card?.stages.map((stage) => [stage.id, stage.rows.map((r) => r.id)])).toEqual([
      ['upload', ['up']],
      ['transcode', ['sd', 'hd', 'final']],
      ['snapshot', ['snap']],
      ['review', ['audit', 'ai']],
      ['other', ['other']],
    ]);
    const review = card?.stages[3];
    expect(review && stageLabel(review, t)).toBe('Review · AI');
  });

  it('puts an intermediate step before the final one at the same time', () => {
    const [card] = groupTimeline([transcoded('final', 1), definition('sd', 1)]);
    expect(card?.stages[0]?.rows.map((r) => r.id)).toEqual(['sd', 'final']);
  });

  it('groups several definitions under one transcode step with a combined outcome', () => {
    const [card] = groupTimeline([
      upload('up', 0),
      definition('sd', 2, { title: 'SD mp4 ready', outcome: 'success' }),
      definition('hd', 3, { title: 'HD mp4 failed', outcome: 'failure' }),
      definition('fhd', 3, { title: 'FHD mp4 ready', outcome: 'success' }),
      transcoded('all', 4, { outcome: 'partial', title: 'Transcode partially failed' }),
    ]);
    const transcode = card?.stages.find((stage) => stage.id === 'transcode');
    expect(transcode?.rows).toHaveLength(4);
    expect(transcode?.outcome).toBe('partial');
    expect(card?.status).toBe('partial');
    expect(card?.headline.id).toBe('all');
  });

  it('marks a card failed when a final event failed, and headlines the failure', () => {
    const [card] = groupTimeline([
      upload('up', 0),
      transcoded('fail', 2, { outcome: 'failure', title: 'Transcode failed: moov atom' }),
      row('snap', 3, { kind: 'snapshot', final: true, outcome: 'success' }),
    ]);
    expect(card?.status).toBe('failed');
    expect(card?.headline.title).toBe('Transcode failed: moov atom');
  });

  it('keeps a card in progress while definitions arrive without the final transcode', () => {
    const [card] = groupTimeline([upload('up', 0), definition('sd', 2), definition('hd', 3)]);
    expect(card?.status).toBe('in-progress');
    expect(card?.stages[1]?.outcome).toBe('in-progress');
    // Nothing failed, so the furthest final step sums the card up.
    expect(card?.headline.id).toBe('up');
  });

  it('is in progress when nothing is final yet', () => {
    const [card] = groupTimeline([
      row('job', 0, { kind: 'transcode', final: false, outcome: 'in-progress' }),
    ]);
    expect(card?.status).toBe('in-progress');
    expect(card?.headline.id).toBe('job');
  });

  it('is done when every step finished well', () => {
    const [card] = groupTimeline([upload('up', 0), definition('sd', 1), transcoded('all', 3)]);
    expect(card?.status).toBe('done');
    expect(card?.headline.id).toBe('all');
  });

  it('collects the asset id, queues and regions involved', () => {
    const [card] = groupTimeline([
      upload('up', 0, { keyId: undefined, keyField: undefined, queue: 'uploads' }),
      transcoded('all', 3, { keyId: 'v1', keyField: 'VideoId', regionId: 'cn-beijing' }),
    ]);
    expect(card?.keyId).toBe('v1');
    expect(card?.keyField).toBe('VideoId');
    expect(card?.queues).toEqual(['uploads', 'vod-events']);
    expect(card?.regions).toEqual(['cn-shanghai', 'cn-beijing']);
  });

  it('returns no cards for no rows', () => {
    expect(groupTimeline([])).toEqual([]);
  });
});

describe('cardStatus', () => {
  it('is partial when an intermediate step failed but the final one passed', () => {
    expect(cardStatus([definition('sd', 0, { outcome: 'failure' }), transcoded('all', 1)])).toBe(
      'partial',
    );
  });

  it('lets a final failure win over an open step', () => {
    expect(
      cardStatus([definition('sd', 0), row('up', 0, { kind: 'upload', outcome: 'failure' })]),
    ).toBe('failed');
  });
});

describe('describeSpan and formatDuration', () => {
  it('says how long from the first step to the last', () => {
    const [card] = groupTimeline([upload('up', 0), transcoded('all', 3)]);
    expect(card && describeSpan(card, t)).toBe('3 min from Upload to Transcode');
  });

  it('counts events when they are all of one kind', () => {
    const [card] = groupTimeline([definition('sd', 0), transcoded('all', 0.75)]);
    expect(card && describeSpan(card, t)).toBe('45 s across 2 events');
  });

  it('has no span for a single event', () => {
    const [card] = groupTimeline([upload('up', 0)]);
    expect(card && describeSpan(card, t)).toBeUndefined();
  });

  it('formats durations in their two largest units', () => {
    expect(formatDuration(400, t)).toBe('under 1 s');
    expect(formatDuration(59_000, t)).toBe('59 s');
    expect(formatDuration(125 * MIN, t)).toBe('2 h 5 min');
    expect(formatDuration(28 * 60 * MIN, t)).toBe('1 d 4 h');
    expect(formatDuration(3 * MIN, createTranslate('zh-CN'))).toBe('3 分钟');
  });
});
