// Start at login on Linux: an XDG autostart entry (freedesktop autostart spec), as text, with the
// Exec line quoted by the Desktop Entry rules so paths with spaces or quotes survive.
import { isAbsolute, join } from 'node:path';

/** The argument a login launch carries, so the app starts in the tray without a window. */
export const HIDDEN_ARG = '--hidden';
/** The entry's file name (the app id, so it is recognisable in the autostart folder). */
export const AUTOSTART_FILE = 'mns-watch.desktop';

/** Characters that force an Exec argument into quotes (Desktop Entry spec, "Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted and escaped per the spec (then `%` doubled, as field codes use it). */
export function quoteExecArg(arg: string): string {
  const quoted = RESERVED.test(arg) || arg === '' ? `"${arg.replace(/["`$\\]/g, '\\$&')}"` : arg;
  // The Exec value is itself a string value: each backslash is written twice.
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** What the entry launches and how it is named. */
export interface AutostartEntry {
  name: string;
  comment: string;
  /** Program and arguments. */
  command: readonly string[];
  /** Icon name or absolute path. */
  icon: string;
}

/** The .desktop file text. */
export function autostartDesktopEntry(entry: AutostartEntry): string {
  const line = (value: string) => value.replace(/[\r\n]+/g, ' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${line(entry.name)}`,
    `Comment=${line(entry.comment)}`,
    `Exec=${entry.command.map(quoteExecArg).join(' ')}`,
    `Icon=${line(entry.icon)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** True when the entry's text says it is switched off (`Hidden=true`, honoured per the spec). */
export function isHiddenEntry(text: string): boolean {
  return /^Hidden\s*=\s*true\s*$/im.test(text);
}

/** The autostart folder: $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
export function autostartDirectory(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
) {
  const configured = env.XDG_CONFIG_HOME;
  // The spec ignores a relative XDG_CONFIG_HOME.
  const base =
    configured !== undefined && configured !== '' && isAbsolute(configured)
      ? configured
      : join(home, '.config');
  return join(base, 'autostart');
}

/**
 * What a login launch runs: the AppImage when running from one (the binary inside it lives in a
 * temporary mount), the app binary when packaged, or Electron with the app folder in development.
 */
export function launchCommand(process: {
  execPath: string;
  isPackaged: boolean;
  appPath: string;
  appImage: string | undefined;
}): string[] {
  if (process.appImage !== undefined && process.appImage !== '')
    return [process.appImage, HIDDEN_ARG];
  if (process.isPackaged) return [process.execPath, HIDDEN_ARG];
  return [process.execPath, process.appPath, HIDDEN_ARG];
}
