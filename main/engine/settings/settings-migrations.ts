// Older settings documents brought up to the current version, one step at a time. Pure: a document
// in, a document (or the reason it cannot be migrated) out; the schema check comes after.
import { SETTINGS_VERSION } from './settings-schema';

/** A plain JSON object, as parsed from the file. */
export type SettingsDocument = Record<string, unknown>;

/** Turns a version-n document into a version-(n+1) one; must not mutate its input. */
export type SettingsMigration = (document: SettingsDocument) => SettingsDocument;

/** The versions this build knows: the current one and the steps up to it. */
export interface MigrationPlan {
  currentVersion: number;
  /** steps[n] migrates version n to n+1. */
  steps: Readonly<Record<number, SettingsMigration>>;
}

/** The real plan. Version 1 is the first released format, so there is nothing to migrate yet. */
export const SETTINGS_MIGRATIONS: MigrationPlan = { currentVersion: SETTINGS_VERSION, steps: {} };

/** The migrated document and the version it started at, or why it cannot be read by this build. */
export type MigrationResult =
  { ok: true; document: SettingsDocument; fromVersion: number } | { ok: false; error: string };

/** Migrates a parsed settings file up to `plan.currentVersion`. */
export function migrateSettings(
  document: unknown,
  plan: MigrationPlan = SETTINGS_MIGRATIONS,
): MigrationResult {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, error: 'settings: expected an object at the top level of the file' };
  }
  const record = document as SettingsDocument;
  const version = record.version;
  if (version === undefined) {
    return { ok: false, error: 'settings.version: missing; every settings file names its version' };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: 'settings.version: expected a whole number' };
  }
  if (version > plan.currentVersion) {
    return {
      ok: false,
      error: `settings.version: ${version} was written by a newer MNS Watch; this one reads versions up to ${plan.currentVersion}`,
    };
  }
  let current = record;
  for (let from = version; from < plan.currentVersion; from += 1) {
    const step = plan.steps[from];
    if (step === undefined) {
      return { ok: false, error: `settings.version: no migration from version ${from}` };
    }
    current = { ...step(current), version: from + 1 };
  }
  return { ok: true, document: current, fromVersion: version };
}
