import { describe, expect, it } from 'vitest';

import {
  SETTINGS_MIGRATIONS,
  migrateSettings,
} from '../../../../main/engine/settings/settings-migrations';
import type { MigrationPlan } from '../../../../main/engine/settings/settings-migrations';
import { SETTINGS_VERSION } from '../../../../main/engine/settings/settings-schema';

// A made-up history: v1 had `tz`, v2 renamed it to display.timeZone, v3 added savedFilters.
const plan: MigrationPlan = {
  currentVersion: 3,
  steps: {
    1: ({ tz, ...rest }) => ({ ...rest, display: { timeZone: tz } }),
    2: (document) => ({ ...document, savedFilters: [] }),
  },
};

describe('migrateSettings', () => {
  it('runs every step from the file version up to the current one, in order', () => {
    const original = { version: 1, tz: 'utc', accounts: [] };
    const frozen = structuredClone(original);
    expect(migrateSettings(original, plan)).toEqual({
      ok: true,
      fromVersion: 1,
      document: { version: 3, accounts: [], display: { timeZone: 'utc' }, savedFilters: [] },
    });
    expect(original).toEqual(frozen);
  });

  it('starts part-way and leaves a current document alone', () => {
    const v2 = { version: 2, display: { timeZone: 'local' } };
    expect(migrateSettings(v2, plan)).toEqual({
      ok: true,
      fromVersion: 2,
      document: { version: 3, display: { timeZone: 'local' }, savedFilters: [] },
    });
    const v3 = { version: 3, savedFilters: [] };
    expect(migrateSettings(v3, plan)).toEqual({ ok: true, fromVersion: 3, document: v3 });
  });

  it('explains documents it cannot migrate', () => {
    expect(migrateSettings([], plan)).toEqual({
      ok: false,
      error: 'settings: expected an object at the top level of the file',
    });
    expect(migrateSettings({ accounts: [] }, plan)).toEqual({
      ok: false,
      error: 'settings.version: missing; every settings file names its version',
    });
    expect(migrateSettings({ version: '2' }, plan)).toEqual({
      ok: false,
      error: 'settings.version: expected a whole number',
    });
    expect(migrateSettings({ version: 4 }, plan)).toEqual({
      ok: false,
      error:
        'settings.version: 4 was written by a newer MNS Watch; this one reads versions up to 3',
    });
    expect(migrateSettings({ version: 0 }, plan)).toEqual({
      ok: false,
      error: 'settings.version: no migration from version 0',
    });
  });

  it('ships a plan whose current version is the schema version', () => {
    expect(SETTINGS_MIGRATIONS.currentVersion).toBe(SETTINGS_VERSION);
    expect(migrateSettings({ version: SETTINGS_VERSION })).toEqual({
      ok: true,
      fromVersion: SETTINGS_VERSION,
      document: { version: SETTINGS_VERSION },
    });
  });
});
