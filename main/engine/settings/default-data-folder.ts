import { join } from 'node:path';

/** Where MNS Watch keeps settings and the journal by default, per platform convention. */
export function defaultDataFolder(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'mns-watch');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'mns-watch');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'mns-watch');
}
