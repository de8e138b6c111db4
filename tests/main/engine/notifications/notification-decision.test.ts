import { describe, expect, it } from 'vitest';

import type { NormalizedEvent } from '../../../../main/engine/events/event-model';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  decideNotification,
  isDefaultNotifiable,
  muteForOneHour,
} from '../../../../main/engine/notifications';
import type { NotificationPreferences } from '../../../../main/engine/notifications';
import {
  ORIGIN,
  aiComplete,
  finalEvent,
  streamTranscodeComplete,
  transcodeComplete,
  unknownEvent,
  workflowStart,
} from './event-factory';

const NOON = { epochMs: Date.UTC(2025, 4, 6, 12, 0), localMinuteOfDay: 12 * 60 };

function prefs(overrides: Partial<NotificationPreferences> = {}): NotificationPreferences {
  return { ...DEFAULT_NOTIFICATION_PREFERENCES, ...overrides };
}

function decide(
  event: NormalizedEvent,
  overrides: Partial<NotificationPreferences> = {},
  now = NOON,
): ReturnType<typeof decideNotification> {
  return decideNotification(event, ORIGIN, prefs(overrides), now);
}

describe('default policy (§4.2)', () => {
  it.each(['success', 'partial', 'failure'] as const)(
    'TranscodeComplete %s notifies',
    (outcome) => {
      expect(decide(transcodeComplete(outcome))).toEqual({ notify: true });
    },
  );

  it.each(['success', 'partial', 'failure'] as const)(
    'a final AI event (%s) notifies',
    (outcome) => {
      expect(decide(aiComplete(outcome))).toEqual({ notify: true });
    },
  );

  it('never notifies a per-definition StreamTranscodeComplete, even a failed one', () => {
    expect(decide(streamTranscodeComplete('success'))).toEqual({
      notify: false,
      reason: 'not-final',
    });
    expect(decide(streamTranscodeComplete('failure'), { anyFailure: true })).toEqual({
      notify: false,
      reason: 'not-final',
    });
  });

  it('never notifies a workflow Start', () => {
    expect(decide(workflowStart())).toEqual({ notify: false, reason: 'not-final' });
  });

  it('does not notify a successful upload', () => {
    expect(decide(finalEvent('upload', 'success'))).toEqual({
      notify: false,
      reason: 'not-selected',
    });
  });

  it('does not notify a final transcode whose outcome is unknown or still running', () => {
    expect(decide(transcodeComplete('unknown'))).toEqual({ notify: false, reason: 'not-selected' });
    expect(decide(transcodeComplete('in-progress'))).toEqual({
      notify: false,
      reason: 'not-selected',
    });
  });

  it('never notifies an unknown-source event, whatever the settings', () => {
    expect(decide(unknownEvent(), { anyFailure: true })).toEqual({
      notify: false,
      reason: 'unknown-source',
    });
    expect(decide(unknownEvent(), { enabled: false })).toEqual({
      notify: false,
      reason: 'unknown-source',
    });
  });

  it('isDefaultNotifiable applies the same table to single events', () => {
    expect(isDefaultNotifiable(transcodeComplete('partial'))).toBe(true);
    expect(isDefaultNotifiable(aiComplete('success'))).toBe(true);
    expect(isDefaultNotifiable(streamTranscodeComplete('success'))).toBe(false);
    expect(isDefaultNotifiable(workflowStart())).toBe(false);
    expect(isDefaultNotifiable(finalEvent('upload', 'success'))).toBe(false);
    expect(isDefaultNotifiable(finalEvent('snapshot', 'failure'))).toBe(false);
    expect(isDefaultNotifiable(unknownEvent())).toBe(false);
  });
});

describe('anyFailure', () => {
  it('surfaces a snapshot failure only when turned on', () => {
    const snapshotFailed = finalEvent('snapshot', 'failure');
    expect(decide(snapshotFailed)).toEqual({ notify: false, reason: 'not-selected' });
    expect(decide(snapshotFailed, { anyFailure: true })).toEqual({ notify: true });
  });

  it('surfaces failures of uploads by URL, analysis and storage changes', () => {
    for (const event of [
      finalEvent('upload', 'failure', { eventType: 'UploadByURLComplete' }),
      finalEvent('other', 'failure', { eventType: 'VideoAnalysisComplete' }),
      finalEvent('other', 'failure', { eventType: 'UpdateMediaStorageClassComplete' }),
    ]) {
      expect(decide(event, { anyFailure: true })).toEqual({ notify: true });
    }
  });

  it('still does not surface successes of those kinds', () => {
    expect(decide(finalEvent('snapshot', 'success'), { anyFailure: true })).toEqual({
      notify: false,
      reason: 'not-selected',
    });
  });
});

describe('failures-only', () => {
  it('notifies failed and partly failed transcodes, not successful ones', () => {
    const mode = { mode: 'failures-only' } as const;
    expect(decide(transcodeComplete('failure'), mode)).toEqual({ notify: true });
    expect(decide(transcodeComplete('partial'), mode)).toEqual({ notify: true });
    expect(decide(transcodeComplete('success'), mode)).toEqual({
      notify: false,
      reason: 'not-selected',
    });
    expect(decide(aiComplete('success'), mode)).toEqual({ notify: false, reason: 'not-selected' });
  });

  it('leaves other kinds out unless anyFailure is on', () => {
    const snapshotFailed = finalEvent('snapshot', 'failure');
    expect(decide(snapshotFailed, { mode: 'failures-only' })).toEqual({
      notify: false,
      reason: 'not-selected',
    });
    expect(decide(snapshotFailed, { mode: 'failures-only', anyFailure: true })).toEqual({
      notify: true,
    });
  });
});

describe('switches and mutes', () => {
  const event = transcodeComplete('success');

  it('the master switch stops everything with reason "disabled"', () => {
    expect(decide(event, { enabled: false })).toEqual({ notify: false, reason: 'disabled' });
    expect(decide(transcodeComplete('failure'), { enabled: false })).toEqual({
      notify: false,
      reason: 'disabled',
    });
  });

  it('a muted kind is reported as "muted-kind"', () => {
    expect(decide(event, { mutedKinds: ['transcode'] })).toEqual({
      notify: false,
      reason: 'muted-kind',
    });
    expect(decide(aiComplete('success'), { mutedKinds: ['transcode'] })).toEqual({ notify: true });
  });

  it('a muted queue is matched by account/region/queue and reported as "muted-queue"', () => {
    expect(decide(event, { mutedQueues: ['1234567890/cn-shanghai/vod-events'] })).toEqual({
      notify: false,
      reason: 'muted-queue',
    });
    // Same queue name in another region is a different queue.
    expect(decide(event, { mutedQueues: ['1234567890/cn-beijing/vod-events'] })).toEqual({
      notify: true,
    });
  });

  it('"mute for 1 hour" holds until the hour is over, then expires', () => {
    const mutedUntil = muteForOneHour(NOON.epochMs);
    const at = (epochMs: number) => ({ epochMs, localMinuteOfDay: NOON.localMinuteOfDay });
    expect(decide(event, { mutedUntil }, at(NOON.epochMs))).toEqual({
      notify: false,
      reason: 'muted',
    });
    expect(decide(event, { mutedUntil }, at(mutedUntil - 1))).toEqual({
      notify: false,
      reason: 'muted',
    });
    expect(decide(event, { mutedUntil }, at(mutedUntil))).toEqual({ notify: true });
  });

  it('names the most lasting cause when several apply', () => {
    const everything: Partial<NotificationPreferences> = {
      enabled: false,
      mutedKinds: ['transcode'],
      mutedQueues: ['1234567890/cn-shanghai/vod-events'],
      mutedUntil: NOON.epochMs + 1,
      quietHours: { start: '00:00', end: '23:59' },
    };
    expect(decide(streamTranscodeComplete('success'), everything)).toEqual({
      notify: false,
      reason: 'not-final',
    });
    expect(decide(finalEvent('upload', 'success'), everything)).toEqual({
      notify: false,
      reason: 'not-selected',
    });
    expect(decide(event, everything)).toEqual({ notify: false, reason: 'disabled' });
    expect(decide(event, { ...everything, enabled: true })).toEqual({
      notify: false,
      reason: 'muted-queue',
    });
    expect(decide(event, { ...everything, enabled: true, mutedQueues: [] })).toEqual({
      notify: false,
      reason: 'muted-kind',
    });
    expect(
      decide(event, { ...everything, enabled: true, mutedQueues: [], mutedKinds: [] }),
    ).toEqual({
      notify: false,
      reason: 'muted',
    });
  });
});

describe('quiet hours', () => {
  const event = transcodeComplete('failure');
  const at = (hh: number, mm: number) => ({
    epochMs: NOON.epochMs,
    localMinuteOfDay: hh * 60 + mm,
  });

  it('suppress inside a same-day period and allow outside it', () => {
    const quietHours = { start: '12:30', end: '14:00' };
    expect(decide(event, { quietHours }, at(12, 29))).toEqual({ notify: true });
    expect(decide(event, { quietHours }, at(12, 30))).toEqual({
      notify: false,
      reason: 'quiet-hours',
    });
    expect(decide(event, { quietHours }, at(13, 59))).toEqual({
      notify: false,
      reason: 'quiet-hours',
    });
    expect(decide(event, { quietHours }, at(14, 0))).toEqual({ notify: true });
  });

  it('wrap around midnight', () => {
    const quietHours = { start: '22:00', end: '07:00' };
    expect(decide(event, { quietHours }, at(21, 59))).toEqual({ notify: true });
    expect(decide(event, { quietHours }, at(22, 0))).toEqual({
      notify: false,
      reason: 'quiet-hours',
    });
    expect(decide(event, { quietHours }, at(0, 0))).toEqual({
      notify: false,
      reason: 'quiet-hours',
    });
    expect(decide(event, { quietHours }, at(6, 59))).toEqual({
      notify: false,
      reason: 'quiet-hours',
    });
    expect(decide(event, { quietHours }, at(7, 0))).toEqual({ notify: true });
    expect(decide(event, { quietHours }, at(12, 0))).toEqual({ notify: true });
  });

  it('are off when start equals end', () => {
    const quietHours = { start: '08:00', end: '08:00' };
    for (const [hh, mm] of [
      [0, 0],
      [8, 0],
      [23, 59],
    ] as const) {
      expect(decide(event, { quietHours }, at(hh, mm))).toEqual({ notify: true });
    }
  });
});
