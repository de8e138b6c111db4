import { spawn } from 'node:child_process';

/** Asks the desktop to open `url`; false when there is no way to (then the URL line is enough). */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const platform = process.platform;
  if (platform === 'linux' && env.DISPLAY === undefined && env.WAYLAND_DISPLAY === undefined)
    return false;
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
