import { describe, expect, it } from 'vitest';

import { nextOccurrence, validateDraft } from '../../../renderer/settings/notification-rules';
import { parseRetention, parseWhole } from '../../../renderer/settings/retention';

describe('notification rules', () => {
  it('finds the next time the clock reads HH:MM', () => {
    const now = new Date(2026, 10, 23, 9, 30);
    expect(nextOccurrence('10:00', now)).toBe(new Date(2026, 10, 23, 10, 0).getTime());
    expect(nextOccurrence('08:00', now)).toBe(new Date(2026, 10, 24, 8, 0).getTime());
    expect(nextOccurrence('09:30', now)).toBe(new Date(2026, 10, 24, 9, 30).getTime());
    expect(nextOccurrence('25:00', now)).toBeUndefined();
  });

  it('checks quiet hours only when they are on', () => {
    const draft = {
      enabled: true,
      mode: 'default' as const,
      anyFailure: false,
      mutedKinds: [],
      quietEnabled: false,
      quietStart: '',
      quietEnd: '7',
    };
    expect(validateDraft(draft)).toBeUndefined();
    expect(validateDraft({ ...draft, quietEnabled: true })).toBe(
      'settings.notifications.error.quietFormat',
    );
  });
});

describe('retention', () => {
  it('reads whole numbers with or without separators', () => {
    expect(parseWhole('10,000')).toBe(10_000);
    expect(parseWhole(' 10 000 ')).toBe(10_000);
    expect(parseWhole('1e5')).toBeUndefined();
    expect(parseWhole('-5')).toBeUndefined();
    expect(parseWhole('')).toBeUndefined();
  });

  it('accepts the bounds themselves', () => {
    expect(parseRetention('100', '1')).toEqual({
      ok: true,
      value: { maxEntries: 100, maxAgeDays: 1 },
    });
    expect(parseRetention('1000000', '3650')).toEqual({
      ok: true,
      value: { maxEntries: 1_000_000, maxAgeDays: 3650 },
    });
    expect(parseRetention('99', '3651')).toEqual({
      ok: false,
      errors: {
        maxEntries: 'settings.history.error.entries',
        maxAgeDays: 'settings.history.error.days',
      },
    });
  });
});
