// A damaged settings file is copied aside before anything can overwrite it, so a hand-edit gone
// wrong (or a file from a newer version) can be recovered. Repeated launches with the same damaged
// file reuse the newest identical copy instead of piling up new ones.
import { constants } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import type { SettingsFs } from './atomic-write';

/** `settings.corrupt-2025-01-31T09-15-00-000Z.json` beside `settings.json`. */
export function corruptBackupPath(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(path), `${stem(path)}.corrupt-${stamp}.json`);
}

/** Copies the damaged file aside and returns the copy's path (an existing identical copy counts). */
export async function backupCorruptFile(
  fs: SettingsFs,
  path: string,
  text: string,
  now: Date,
): Promise<string> {
  const existing = await newestBackup(fs, path);
  if (existing !== undefined && (await readOrUndefined(fs, existing)) === text) return existing;
  const backup = corruptBackupPath(path, now);
  for (let attempt = 0; ; attempt += 1) {
    const target = attempt === 0 ? backup : backup.replace(/\.json$/, `-${attempt}.json`);
    try {
      // EXCL: an earlier backup is never overwritten, even one made in the same millisecond.
      await fs.copyFile(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 9) throw error;
    }
  }
}

async function newestBackup(fs: SettingsFs, path: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await fs.readdir(dirname(path));
  } catch {
    return undefined;
  }
  const prefix = `${stem(path)}.corrupt-`;
  // ISO timestamps sort as text, so the last name is the newest copy.
  const newest = names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .sort()
    .at(-1);
  return newest === undefined ? undefined : join(dirname(path), newest);
}

async function readOrUndefined(fs: SettingsFs, path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function stem(path: string): string {
  const name = basename(path);
  return extname(name) === '.json' ? name.slice(0, -'.json'.length) : name;
}
