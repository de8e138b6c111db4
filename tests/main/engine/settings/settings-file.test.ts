import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { nodeFs } from '../../../../main/engine/settings/atomic-write';
import type { SettingsFs } from '../../../../main/engine/settings/atomic-write';
import {
  SettingsError,
  loadSettings,
  saveSettings,
  settingsFilePath,
} from '../../../../main/engine/settings/settings-file';
import { defaultSettings } from '../../../../main/engine/settings/settings-schema';
import type { Settings } from '../../../../main/engine/settings/settings-schema';
import { sampleAccount, sampleSettings } from './settings-fixtures';

let folder: string;
let path: string;
const now = () => new Date('2025-03-04T05:06:07.089Z');
const BACKUP = 'settings.corrupt-2025-03-04T05-06-07-089Z.json';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mns-watch-settings-'));
  path = settingsFilePath(folder);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function saveError(settings: unknown, fs?: SettingsFs): Promise<SettingsError> {
  try {
    await saveSettings(path, settings as Settings, fs ? { fs } : {});
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected saveSettings to fail');
}

describe('loadSettings', () => {
  it('returns defaults without a problem when there is no file yet', async () => {
    expect(await loadSettings(path)).toEqual({ settings: defaultSettings() });
  });

  it('reads back what was saved', async () => {
    const saved = await saveSettings(path, sampleSettings());
    expect(saved).toEqual(sampleSettings());
    expect(await loadSettings(path)).toEqual({ settings: sampleSettings() });
  });

  it('copies a corrupt file aside, says what and where, and returns defaults', async () => {
    const damaged = '{\n  "version": 1,\n  "accounts": [\n    { "name": "Prod", }\n  ]\n}\n';
    await writeFile(path, damaged);
    const loaded = await loadSettings(path, { now });
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.backupPath).toBe(join(folder, BACKUP));
    expect(await readFile(join(folder, BACKUP), 'utf8')).toBe(damaged);
    expect(loaded.problem).toBe(
      `The settings file ${path} is damaged: it is not valid JSON: Expected double-quoted property name at line 4, column 23. MNS Watch started with default settings; the damaged file was copied to ${join(folder, BACKUP)}, from which accounts and preferences can be restored.`,
    );
    // The original stays until settings are saved again.
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });

  it('treats a schema-invalid file the same way, naming the field', async () => {
    const invalid = sampleSettings() as unknown as { journal: { maxAgeDays: unknown } };
    invalid.journal.maxAgeDays = 'forever';
    await writeFile(path, JSON.stringify(invalid));
    const loaded = await loadSettings(path, { now });
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toContain(
      'is damaged: settings.journal.maxAgeDays: expected a number of days.',
    );
    expect(await readdir(folder)).toContain(BACKUP);
  });

  it('explains empty, truncated, foreign and newer files', async () => {
    const cases: [string, string][] = [
      ['', 'it is empty (it may have been cut off while being written)'],
      ['{"version": 1, "accounts": [', 'it ends in the middle of the JSON'],
      ['{"version": 1, "accou', 'it is not valid JSON: Unterminated string at line 1, column 22'],
      ['[1, 2, 3]', 'settings: expected an object at the top level of the file'],
      ['{"accounts": []}', 'settings.version: missing'],
      ['{"version": 7}', 'settings.version: 7 was written by a newer MNS Watch'],
    ];
    for (const [text, reason] of cases) {
      await writeFile(path, text);
      const loaded = await loadSettings(path, { now });
      expect(loaded.settings).toEqual(defaultSettings());
      expect(loaded.problem).toContain(`is damaged: ${reason}`);
    }
  });

  it('reuses the newest identical backup instead of piling up copies', async () => {
    await writeFile(path, 'not json');
    const first = await loadSettings(path, { now });
    const second = await loadSettings(path, { now: () => new Date('2025-03-05T00:00:00.000Z') });
    expect(second.backupPath).toBe(first.backupPath);
    await writeFile(path, 'different damage');
    const third = await loadSettings(path, { now: () => new Date('2025-03-06T00:00:00.000Z') });
    expect(third.backupPath).not.toBe(first.backupPath);
    expect((await readdir(folder)).filter((name) => name.includes('.corrupt-'))).toHaveLength(2);
  });

  it('still starts with defaults when the backup cannot be made or the file cannot be read', async () => {
    await writeFile(path, 'not json');
    const noCopy: SettingsFs = {
      ...nodeFs,
      copyFile: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const loaded = await loadSettings(path, { fs: noCopy, now });
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toContain(
      'The damaged file could not be copied aside (ENOSPC: no space left on device)',
    );

    const directory = join(folder, 'is-a-folder.json');
    await mkdir(directory);
    const unreadable = await loadSettings(directory);
    expect(unreadable.settings).toEqual(defaultSettings());
    expect(unreadable.problem).toMatch(/could not be read \(EISDIR/);
  });

  it('accepts a byte-order mark and reports a migration', async () => {
    await writeFile(path, `\uFEFF${JSON.stringify(sampleSettings())}`);
    expect((await loadSettings(path)).settings).toEqual(sampleSettings());

    await writeFile(path, JSON.stringify({ version: 0, display: 'utc' }));
    const migrations = {
      currentVersion: 1,
      steps: { 0: () => ({ display: { timeZone: 'utc' } }) },
    };
    const loaded = await loadSettings(path, { migrations });
    expect(loaded).toEqual({
      settings: {
        ...defaultSettings(),
        display: { timeZone: 'utc', theme: 'system', language: 'en' },
      },
      migratedFrom: 0,
    });
  });
});

describe('saveSettings', () => {
  it('writes a large document whole, leaving no temp file behind', async () => {
    const settings = sampleSettings();
    const account = sampleAccount();
    settings.accounts = Array.from({ length: 50 }, (_, i) => ({
      ...account,
      id: randomUUID(),
      name: `Account ${i}`,
      regions: [
        {
          regionId: 'cn-hangzhou',
          queues: Array.from({ length: 200 }, (_, q) => ({
            name: `queue-${q}`,
            mode: 'watch' as const,
            autoDeleteAfterJournal: false,
            paused: q % 2 === 0,
          })),
        },
      ],
    }));
    await saveSettings(path, settings);
    expect(await readdir(folder)).toEqual(['settings.json']);
    const text = await readFile(path, 'utf8');
    expect(text.length).toBeGreaterThan(500_000);
    expect(JSON.parse(text)).toEqual(settings);
  });

  it('keeps the previous file intact when a step between write and rename fails', async () => {
    await saveSettings(path, sampleSettings());
    const before = await readFile(path, 'utf8');
    const failingRename: SettingsFs = {
      ...nodeFs,
      rename: async () => {
        throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      },
    };
    const error = await saveError(defaultSettings(), failingRename);
    expect(error.reason).toBe('write-failed');
    expect(error.message).toBe(
      `Settings could not be saved to ${path} (EIO: i/o error, rename); the previous settings file is unchanged.`,
    );
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['settings.json']);

    const failingSync: SettingsFs = {
      ...nodeFs,
      open: async (file, flags, mode) => {
        const handle = await nodeFs.open(file, flags, mode);
        return {
          writeFile: handle.writeFile.bind(handle),
          close: handle.close.bind(handle),
          sync: async () => {
            throw new Error('EIO: fsync failed');
          },
        };
      },
    };
    expect((await saveError(defaultSettings(), failingSync)).reason).toBe('write-failed');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('creates the data folder and keeps the file private to the user', async () => {
    const nested = settingsFilePath(join(folder, 'a', 'b'));
    await saveSettings(nested, sampleSettings());
    expect((await loadSettings(nested)).settings).toEqual(sampleSettings());
    if (process.platform !== 'win32') expect((await stat(nested)).mode & 0o777).toBe(0o600);
  });

  it('survives concurrent saves with one complete document', async () => {
    const versions = Array.from({ length: 10 }, (_, i) => ({
      ...sampleSettings(),
      journal: { maxEntries: 1000 + i, maxAgeDays: 1 + i },
    }));
    await Promise.all(versions.map((settings) => saveSettings(path, settings)));
    expect(versions).toContainEqual(JSON.parse(await readFile(path, 'utf8')));
    expect(await readdir(folder)).toEqual(['settings.json']);
  });

  it('refuses anything that looks like a secret, naming the field but never the value', async () => {
    const withSecret = {
      ...sampleSettings(),
      accounts: [{ ...sampleAccount(), accessKeySecret: 'wJalrXUtnFEMIK7MDENGbPxRfiCY' }],
    };
    const error = await saveError(withSecret);
    expect(error.reason).toBe('secret-field');
    expect(error.message).toBe(
      'Settings were not saved: settings.accounts[0].accessKeySecret looks like a secret. Secrets never go into the settings file; they belong in the credential vault (system keychain).',
    );
    expect(error.message).not.toContain('wJalrXUtnFEMIK7MDENGbPxRfiCY');

    const nested = sampleSettings() as unknown as Record<string, unknown>;
    nested.savedFilters = [
      { name: 'x', filter: { sts_token: 'CAIS…', auth: { Password: 'p' }, securityToken: 't' } },
    ];
    expect((await saveError(nested)).message).toContain(
      'settings.savedFilters[0].filter.sts_token, settings.savedFilters[0].filter.auth.Password, settings.savedFilters[0].filter.securityToken look like a secret',
    );
    await expect(readdir(folder)).resolves.toEqual([]);
  });

  it('refuses invalid settings with the schema message', async () => {
    const invalid = { ...sampleSettings(), display: { timeZone: 'mars' } };
    const error = await saveError(invalid);
    expect(error.reason).toBe('invalid');
    expect(error.message).toBe(
      "Settings were not saved: settings.display.timeZone: expected 'local' or 'utc'",
    );
  });
});
