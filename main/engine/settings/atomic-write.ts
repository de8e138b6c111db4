// Replace-by-rename: the new content goes to a temp file in the same folder (rename is only
// atomic within one file system), is flushed to disk, and then takes the target's name. A crash
// or power cut at any point leaves either the old file or the new one, never a mix.
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations settings storage needs; injectable so tests can fail any step. */
export interface SettingsFs {
  open(
    path: string,
    flags: string,
    mode?: number,
  ): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(oldPath: string, newPath: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  copyFile(source: string, destination: string, mode?: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

/** The real file system. */
export const nodeFs: SettingsFs = fsPromises;

// Windows refuses a rename over a file another process (antivirus, indexer) briefly holds open.
const BUSY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = process.platform === 'win32' ? 5 : 1;

/** Writes `text` to `path` atomically: temp file, fsync, rename, fsync of the folder. */
export async function writeFileAtomic(path: string, text: string, fs: SettingsFs): Promise<void> {
  const folder = dirname(path);
  await fs.mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse something already at the temp name. 0o600: only this user reads it.
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
}

async function renameWithRetry(fs: SettingsFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= RENAME_ATTEMPTS || !BUSY_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

// Makes the rename itself durable. Windows cannot open a folder for fsync and some file systems
// refuse it; the rename has happened either way, so failing here would only mislead the caller.
async function syncFolder(fs: SettingsFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, see above.
  }
}
