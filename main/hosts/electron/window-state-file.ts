// The window state file in userData: read leniently (a broken file means "no memory"), written
// atomically so a crash mid-write cannot leave half a file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseWindowState } from './window-state';
import type { WindowState } from './window-state';

/** The file's path inside the app's data folder. */
export function windowStatePath(userData: string): string {
  return join(userData, 'window-state.json');
}

/** The saved state, or undefined when there is none or it cannot be read. */
export function loadWindowState(path: string): WindowState | undefined {
  try {
    return parseWindowState(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Saves the state; a failure only means the next start uses defaults. */
export function saveWindowState(path: string, state: WindowState): boolean {
  try {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
    return true;
  } catch {
    return false;
  }
}
