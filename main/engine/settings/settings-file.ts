// settings.json in the app's data folder: loading never fails (a damaged file is copied aside and
// explained, and the app starts with defaults), saving is atomic and refuses anything secret.
import { join } from 'node:path';

import { nodeFs, writeFileAtomic } from './atomic-write';
import type { SettingsFs } from './atomic-write';
import { backupCorruptFile } from './corrupt-backup';
import { describeJsonError } from './json-error';
import { findSecretFields } from './secret-fields';
import { SETTINGS_MIGRATIONS, migrateSettings } from './settings-migrations';
import type { MigrationPlan } from './settings-migrations';
import { defaultSettings, parseSettings } from './settings-schema';
import type { Settings } from './settings-schema';

/** Injected dependencies; the defaults are the real file system, clock and migrations. */
export interface SettingsFileOptions {
  fs?: SettingsFs;
  now?: () => Date;
  migrations?: MigrationPlan;
}

/** What loading produced: settings to use, and what the user should be told, if anything. */
export interface LoadedSettings {
  settings: Settings;
  /** Why defaults are in use although a file exists: what is wrong, where, and where the copy is. */
  problem?: string;
  /** The copy of the damaged file, when one was made. */
  backupPath?: string;
  /** The version the file was migrated from; save to write it in the current format. */
  migratedFrom?: number;
}

/** Why settings were not saved; the message names the field or the failure, never a value. */
export class SettingsError extends Error {
  constructor(
    message: string,
    readonly reason: 'secret-field' | 'invalid' | 'write-failed',
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SettingsError';
  }
}

// Real settings are a few KB; anything this large is not a settings file.
const MAX_FILE_CHARS = 5 * 1024 * 1024;

/** Where settings live inside the app's data folder. */
export function settingsFilePath(dataFolder: string): string {
  return join(dataFolder, 'settings.json');
}

/** Loads settings; a missing file means defaults, a damaged one means defaults plus `problem`. */
export async function loadSettings(
  path: string,
  options: SettingsFileOptions = {},
): Promise<LoadedSettings> {
  const fs = options.fs ?? nodeFs;
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings() };
    return {
      settings: defaultSettings(),
      problem: `The settings file ${path} could not be read (${messageOf(error)}), so MNS Watch is using default settings for now. Saving settings will try to replace it.`,
    };
  }
  const read = interpret(text, options.migrations ?? SETTINGS_MIGRATIONS);
  if (read.ok) {
    return read.fromVersion < read.currentVersion
      ? { settings: read.settings, migratedFrom: read.fromVersion }
      : { settings: read.settings };
  }
  const damaged = `The settings file ${path} is damaged: ${read.reason}.`;
  try {
    const backupPath = await backupCorruptFile(fs, path, text, (options.now ?? now)());
    return {
      settings: defaultSettings(),
      backupPath,
      problem: `${damaged} MNS Watch started with default settings; the damaged file was copied to ${backupPath}, from which accounts and preferences can be restored.`,
    };
  } catch (error) {
    return {
      settings: defaultSettings(),
      problem: `${damaged} MNS Watch started with default settings. The damaged file could not be copied aside (${messageOf(error)}), and it will be replaced the next time settings are saved.`,
    };
  }
}

/** Checks and atomically writes settings; rejects secret-looking fields and invalid settings. */
export async function saveSettings(
  path: string,
  settings: Settings,
  options: SettingsFileOptions = {},
): Promise<Settings> {
  const secretFields = findSecretFields(settings);
  if (secretFields.length > 0) {
    throw new SettingsError(
      `Settings were not saved: ${secretFields.join(', ')} ${secretFields.length === 1 ? 'looks' : 'look'} like a secret. Secrets never go into the settings file; they belong in the credential vault (system keychain).`,
      'secret-field',
    );
  }
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new SettingsError(`Settings were not saved: ${parsed.error}`, 'invalid');
  try {
    await writeFileAtomic(path, `${JSON.stringify(parsed.value, null, 2)}\n`, options.fs ?? nodeFs);
  } catch (error) {
    throw new SettingsError(
      `Settings could not be saved to ${path} (${messageOf(error)}); the previous settings file is unchanged.`,
      'write-failed',
      { cause: error },
    );
  }
  return parsed.value;
}

type Interpreted =
  | { ok: true; settings: Settings; fromVersion: number; currentVersion: number }
  | { ok: false; reason: string };

function interpret(raw: string, plan: MigrationPlan): Interpreted {
  if (raw.length > MAX_FILE_CHARS) {
    return {
      ok: false,
      reason: `it is ${Math.round(raw.length / 1024 / 1024)} MB, far larger than settings ever are`,
    };
  }
  // Editors on Windows may add a byte-order mark, which JSON.parse rejects.
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, reason: 'it is empty (it may have been cut off while being written)' };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: describeJsonError(error, text) };
  }
  try {
    const migrated = migrateSettings(document, plan);
    if (!migrated.ok) return { ok: false, reason: migrated.error };
    const parsed = parseSettings(migrated.document);
    if (!parsed.ok) return { ok: false, reason: parsed.error };
    return {
      ok: true,
      settings: parsed.value,
      fromVersion: migrated.fromVersion,
      currentVersion: plan.currentVersion,
    };
  } catch (error) {
    // A migration step that throws is a bug; it must still not stop the app from starting.
    return { ok: false, reason: `it could not be migrated (${messageOf(error)})` };
  }
}

function now(): Date {
  return new Date();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
