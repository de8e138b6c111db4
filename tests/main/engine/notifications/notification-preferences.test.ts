import { describe, expect, it } from 'vitest';

import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  parseNotificationPreferences,
  queueKey,
} from '../../../../main/engine/notifications';

describe('parseNotificationPreferences', () => {
  it('fills an empty object (a settings file from before notifications) with the defaults', () => {
    expect(parseNotificationPreferences({})).toEqual({
      ok: true,
      value: DEFAULT_NOTIFICATION_PREFERENCES,
    });
    expect(DEFAULT_NOTIFICATION_PREFERENCES).toEqual({
      enabled: true,
      mode: 'default',
      anyFailure: false,
      mutedKinds: [],
      mutedQueues: [],
    });
  });

  it('accepts a full set and returns it without undefined keys', () => {
    const input = {
      enabled: true,
      mode: 'failures-only',
      anyFailure: true,
      mutedKinds: ['snapshot', 'upload', 'snapshot'],
      mutedQueues: ['1/cn-hangzhou/q'],
      mutedUntil: 1_746_532_800_000,
      quietHours: { start: '22:00', end: '07:00' },
    };
    const result = parseNotificationPreferences(input);
    expect(result).toEqual({
      ok: true,
      value: { ...input, mutedKinds: ['snapshot', 'upload'] },
    });
    const cleared = parseNotificationPreferences({ mutedUntil: undefined, quietHours: undefined });
    expect(cleared.ok && Object.keys(cleared.value)).toEqual([
      'enabled',
      'mode',
      'anyFailure',
      'mutedKinds',
      'mutedQueues',
    ]);
  });

  it.each([
    [null, 'preferences: expected an object'],
    [[], 'preferences: expected an object'],
    ['on', 'preferences: expected an object'],
    [{ enabled: 'yes' }, 'preferences.enabled: expected true or false'],
    [{ mode: 'all' }, "preferences.mode: expected 'default' or 'failures-only'"],
    [
      { mutedKinds: ['transcode', 'video'] },
      'preferences.mutedKinds[1]: expected one of transcode, ai, snapshot, upload, audit, live, other',
    ],
    [{ mutedKinds: 'transcode' }, 'preferences.mutedKinds: expected a list of event kinds'],
    [{ mutedQueues: [''] }, 'preferences.mutedQueues[0]: expected a non-empty queue key'],
    [
      { mutedUntil: '2025-05-06' },
      'preferences.mutedUntil: expected an epoch time in milliseconds',
    ],
    [{ mutedUntil: 1.5 }, 'preferences.mutedUntil: expected a whole number of milliseconds'],
    [{ mutedUntil: -1 }, 'preferences.mutedUntil: expected an epoch time in milliseconds'],
    [
      { quietHours: { start: '22:00', end: '24:00' } },
      'preferences.quietHours.end: expected a time as HH:MM between 00:00 and 23:59',
    ],
    [
      { quietHours: { start: '7:00', end: '08:00' } },
      'preferences.quietHours.start: expected a time as HH:MM between 00:00 and 23:59',
    ],
    [{ quietHours: '22:00-07:00' }, 'preferences.quietHours: expected { start, end }'],
    [{ mutedKind: ['transcode'] }, 'preferences: unknown setting "mutedKind"'],
  ])('rejects %j with a specific error', (input, error) => {
    expect(parseNotificationPreferences(input)).toEqual({ ok: false, error });
  });

  it('reports every problem, not just the first', () => {
    expect(parseNotificationPreferences({ enabled: 1, mode: 2 })).toEqual({
      ok: false,
      error:
        "preferences.enabled: expected true or false; preferences.mode: expected 'default' or 'failures-only'",
    });
  });

  it('bounds the muted-queue list', () => {
    const mutedQueues = Array.from({ length: 1001 }, (_, i) => `1/cn-hangzhou/q${i}`);
    expect(parseNotificationPreferences({ mutedQueues })).toEqual({
      ok: false,
      error: 'preferences.mutedQueues: expected at most 1000 muted queues',
    });
  });

  it('does not share the default lists between results', () => {
    const a = parseNotificationPreferences({});
    const b = parseNotificationPreferences({});
    if (!a.ok || !b.ok) throw new Error('expected both to parse');
    a.value.mutedKinds.push('ai');
    expect(b.value.mutedKinds).toEqual([]);
    expect(DEFAULT_NOTIFICATION_PREFERENCES.mutedKinds).toEqual([]);
  });
});

describe('queueKey', () => {
  it('joins account, region and queue', () => {
    expect(queueKey({ accountId: '123', regionId: 'ap-southeast-1', queue: 'mps' })).toBe(
      '123/ap-southeast-1/mps',
    );
  });
});
