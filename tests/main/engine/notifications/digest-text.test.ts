import { describe, expect, it } from 'vitest';

import type { EventOutcome } from '../../../../main/engine/events/event-model';
import { MAX_BODY_LENGTH, digestText } from '../../../../main/engine/notifications';
import { aiComplete, finalEvent, item, makeEvent, transcodeComplete } from './event-factory';

const transcodes = (...outcomes: EventOutcome[]) =>
  outcomes.map((outcome, i) => item(`t${i + 1}`, transcodeComplete(outcome, i + 1)));
const ais = (...outcomes: EventOutcome[]) =>
  outcomes.map((outcome, i) => item(`a${i + 1}`, aiComplete(outcome, i + 1)));

describe('digest title', () => {
  it('counts one kind with its failures', () => {
    const outcomes = Array.from({ length: 12 }, (_, i): EventOutcome =>
      i === 4 ? 'failure' : 'success',
    );
    expect(digestText(transcodes(...outcomes)).title).toBe('12 transcodes finished, 1 failed');
  });

  it('says nothing about failures when there are none', () => {
    expect(digestText(ais('success', 'success', 'success')).title).toBe('3 AI jobs finished');
  });

  it('says "failed" when every event failed', () => {
    expect(digestText(transcodes('failure', 'failure', 'failure')).title).toBe(
      '3 transcodes failed',
    );
  });

  it('counts partial failures separately', () => {
    expect(digestText(transcodes('success', 'partial', 'failure', 'partial')).title).toBe(
      '4 transcodes finished, 1 failed, 2 partly failed',
    );
  });

  it('breaks a mix of kinds down, failures per kind', () => {
    const items = [...transcodes('success', 'success', 'success'), ...ais('success', 'failure')];
    expect(digestText(items).title).toBe('5 jobs finished: 3 transcodes, 2 AI jobs (1 failed)');
  });

  it('gets singular and plural right', () => {
    const items = [
      ...transcodes('success'),
      ...ais('failure'),
      item('s1', finalEvent('snapshot', 'failure')),
      item('s2', finalEvent('snapshot', 'success')),
    ];
    expect(digestText(items).title).toBe(
      '4 jobs finished: 1 transcode, 1 AI job (1 failed), 2 snapshot jobs (1 failed)',
    );
  });

  it('says "failed" for a mix that all failed, without repeating it per kind', () => {
    const items = [
      item('u1', finalEvent('upload', 'failure')),
      item('s1', finalEvent('snapshot', 'failure')),
      item('o1', finalEvent('other', 'failure')),
    ];
    expect(digestText(items).title).toBe('3 jobs failed: 1 snapshot job, 1 upload, 1 other job');
  });

  it('uses the same order whatever the arrival order', () => {
    const items = [...ais('success', 'success'), ...transcodes('success')];
    expect(digestText(items).title).toBe('3 jobs finished: 1 transcode, 2 AI jobs');
    expect(digestText([...items].reverse()).title).toBe(digestText(items).title);
  });
});

describe('digest body and metadata', () => {
  it('lists three examples, failures first, then "and N more"', () => {
    const text = digestText(transcodes('success', 'success', 'success', 'failure', 'success'));
    expect(text.body).toBe(
      [
        'Transcode failed — clip-04.mp4',
        'Transcode complete — clip-01.mp4',
        'Transcode complete — clip-02.mp4',
        'and 2 more',
      ].join('\n'),
    );
  });

  it('lists all of a three-event burst without "more"', () => {
    const text = digestText(ais('success', 'success', 'success'));
    expect(text.body).toBe(
      [
        'AI moderation: pass — media-1',
        'AI moderation: pass — media-2',
        'AI moderation: pass — media-3',
      ].join('\n'),
    );
  });

  it('keeps every example on one sanitized line within the body limit', () => {
    const noisy = makeEvent({
      title: `Bad\nline\u0007${'x'.repeat(300)}`,
      subtitle: 'y'.repeat(300),
    });
    const items = Array.from({ length: 50_000 }, (_, i) => item(`n${i}`, noisy));
    const text = digestText(items);
    const lines = text.body.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Bad line x+…$/);
    expect(lines[3]).toBe('and 49997 more');
    expect(text.body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
  });

  it('refers to every event and is critical when any failed', () => {
    const items = transcodes('success', 'partial', 'success');
    const text = digestText(items);
    expect(text.eventRefs).toEqual(['t1', 't2', 't3']);
    expect(text.urgency).toBe('critical');
    expect(digestText(transcodes('success', 'success', 'success')).urgency).toBe('normal');
    expect(text.tag).toBeUndefined();
  });
});
