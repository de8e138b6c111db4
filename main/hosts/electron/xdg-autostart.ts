// The Linux start-at-login switch: writes or removes the XDG autostart entry. Synchronous, like
// app.setLoginItemSettings, because the engine's start-at-login port is synchronous.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { AUTOSTART_FILE, autostartDesktopEntry, isHiddenEntry } from './autostart-entry';
import type { AutostartEntry } from './autostart-entry';

/** A start-at-login switch (the shape engine-runtime takes). */
export interface StartAtLogin {
  get(): boolean;
  set(enabled: boolean): void;
}

/** Start at login through `<directory>/mns-watch.desktop`. */
export function createXdgAutostart(directory: string, entry: AutostartEntry): StartAtLogin {
  const file = join(directory, AUTOSTART_FILE);
  return {
    get() {
      try {
        return !isHiddenEntry(readFileSync(file, 'utf8'));
      } catch {
        return false;
      }
    },
    set(enabled) {
      if (!enabled) {
        if (existsSync(file)) rmSync(file);
        return;
      }
      mkdirSync(directory, { recursive: true });
      writeFileSync(file, autostartDesktopEntry(entry), { mode: 0o644 });
    },
  };
}
