import { describe, expect, it } from 'vitest';

import {
  SETTINGS_VERSION,
  defaultSettings,
  parseSettings,
} from '../../../../main/engine/settings/settings-schema';
import { sampleAccount, sampleSettings } from './settings-fixtures';

function errorOf(input: unknown): string {
  const result = parseSettings(input);
  if (result.ok) throw new Error('expected the settings to be rejected');
  return result.error;
}

describe('parseSettings', () => {
  it('accepts a full document unchanged', () => {
    const settings = sampleSettings();
    expect(parseSettings(settings)).toEqual({ ok: true, value: settings });
  });

  it('fills every missing key with its default', () => {
    expect(parseSettings({ version: SETTINGS_VERSION })).toEqual({
      ok: true,
      value: defaultSettings(),
    });
    const result = parseSettings({
      version: SETTINGS_VERSION,
      accounts: [
        {
          id: '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70',
          name: ' Dev ',
          accountId: '1234567890123456',
          accessKeyId: 'LTAI5tDev',
          credentialSource: 'session',
          regions: [{ regionId: 'CN-Shanghai', queues: [{ name: 'jobs' }] }],
        },
      ],
    });
    expect(result.ok && result.value.accounts[0]).toEqual({
      id: '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70',
      name: 'Dev',
      accountId: '1234567890123456',
      accessKeyId: 'LTAI5tDev',
      credentialSource: 'session',
      regions: [
        {
          regionId: 'cn-shanghai',
          queues: [{ name: 'jobs', mode: 'watch', autoDeleteAfterJournal: false, paused: false }],
        },
      ],
    });
  });

  it('reuses the notification preference check and re-roots its messages', () => {
    const result = parseSettings({ version: 1, notifications: { mode: 'failures-only' } });
    expect(result.ok && result.value.notifications.mode).toBe('failures-only');
    expect(errorOf({ version: 1, notifications: { mode: 'loud', mutedKind: [] } })).toBe(
      "settings.notifications.mode: expected 'default' or 'failures-only'; settings.notifications: unknown setting \"mutedKind\"",
    );
  });

  it('names what is wrong and exactly where', () => {
    const settings = sampleSettings();
    const bad = structuredClone(settings) as unknown as {
      accounts: { regions: { queues: { name: string }[] }[] }[];
    };
    const queue = bad.accounts[0]?.regions[0]?.queues[1];
    if (queue) queue.name = 'bad name!';
    expect(errorOf(bad)).toBe(
      'settings.accounts[0].regions[0].queues[1].name: expected a queue name: letters, digits and hyphens, up to 120, not starting with a hyphen',
    );
  });

  it('rejects unknown keys, wrong types and out-of-range numbers', () => {
    expect(errorOf({ version: 1, theme: 'dark' })).toBe('settings: unknown setting "theme"');
    expect(errorOf({ version: 1, journal: { maxEntries: 5, maxAgeDays: 1.5 } })).toBe(
      'settings.journal.maxEntries: expected at least 100 entries; settings.journal.maxAgeDays: expected a whole number of days',
    );
    expect(errorOf({ version: 1, display: 'utc' })).toBe('settings.display: expected an object');
    expect(errorOf({ version: 1, display: { timeZone: 'Asia/Shanghai' } })).toBe(
      "settings.display.timeZone: expected 'local' or 'utc'",
    );
    expect(errorOf({ version: 2 })).toBe('settings.version: expected 1');
  });

  it('suggests a region for a typo, and accepts any region id at a custom endpoint', () => {
    const settings = sampleSettings();
    const region = settings.accounts[0]?.regions[0];
    if (region) region.regionId = 'cn-hangzou';
    expect(errorOf(settings)).toBe(
      'settings.accounts[0].regions[0].regionId: unknown MNS region "cn-hangzou" (did you mean cn-hangzhou?)',
    );
    expect(sampleSettings().accounts[1]?.regions[0]?.regionId).toBe('local');
    const badEndpoint = sampleSettings();
    const local = badEndpoint.accounts[1]?.regions[0];
    if (local) local.endpoint = 'ftp://127.0.0.1/queues/x';
    expect(errorOf(badEndpoint)).toBe(
      'settings.accounts[1].regions[0].endpoint: expected an http:// or https:// URL with nothing after the host and port',
    );
  });

  it('refuses auto-delete on a watched queue, duplicate queues, accounts and filter names', () => {
    const settings = sampleSettings();
    const account = settings.accounts[0];
    const queues = account?.regions[0]?.queues;
    if (!account || !queues?.[0] || !queues[1]) throw new Error('fixture changed');
    queues[0].autoDeleteAfterJournal = true;
    queues[1].name = 'vod-events';
    settings.accounts.push({ ...account, regions: [] });
    settings.savedFilters.push({ name: 'Failures', filter: {} });
    expect(errorOf(settings).split('; ')).toEqual([
      "settings.accounts[0].regions[0].queues[0].autoDeleteAfterJournal: autoDeleteAfterJournal only applies to queues in 'consume' mode ('watch' never deletes)",
      'settings.accounts[0].regions[0].queues[1]: duplicate queue "vod-events"',
      'settings.accounts[2]: duplicate account id "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70"',
      'settings.savedFilters[1]: duplicate filter name "Failures"',
    ]);
  });

  it('keeps saved filters opaque but JSON-only and bounded', () => {
    const result = parseSettings({
      version: 1,
      savedFilters: [{ name: 'x', filter: { nested: { any: [1, 'two', null, true] } } }],
    });
    expect(result.ok).toBe(true);
    expect(errorOf({ version: 1, savedFilters: [{ name: 'x', filter: 'status:failed' }] })).toBe(
      'settings.savedFilters[0].filter: expected a filter object',
    );
    const huge = { text: 'x'.repeat(20_000) };
    expect(errorOf({ version: 1, savedFilters: [{ name: 'x', filter: huge }] })).toBe(
      'settings.savedFilters[0].filter: expected a filter of at most 16 KB',
    );
  });

  it('gives a fresh default object each time', () => {
    const a = defaultSettings();
    a.accounts.push(sampleAccount());
    a.notifications.mutedKinds.push('ai');
    expect(defaultSettings().accounts).toEqual([]);
    expect(defaultSettings().notifications.mutedKinds).toEqual([]);
  });
});
