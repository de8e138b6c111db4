/** What `npm start` was asked to do. */
export interface StartArgs {
  /** 'auto': Electron when its binary is installed, else the browser host. */
  host: 'auto' | 'web' | 'terminal';
  demo: boolean;
  port: number | undefined;
  dataDir: string | undefined;
  open: boolean;
}

/** Usage text shown with every argument error and for --help. */
export const START_USAGE = `usage: npm start [-- [--web] [--demo] [--port N] [--data-dir DIR] [--no-open] [--terminal]]

  (no flags)      the desktop app; without the Electron binary, the same app in your browser
  --web           the app in your browser: engine and UI served on 127.0.0.1 with a per-run token
  --demo          start the built-in demo (local MNS server with VOD/MPS traffic) and its account
  --port N        port for --web (default: any free port)
  --data-dir DIR  settings and journal folder (default: the app's data folder)
  --no-open       print the URL instead of opening a browser
  --terminal      the demo feed as text lines in this terminal`;

/** Parses `npm start` arguments; returns an error sentence instead of throwing. */
export function parseStartArgs(
  argv: readonly string[],
): { ok: true; args: StartArgs } | { ok: false; error: string } | { ok: 'help' } {
  const args: StartArgs = {
    host: 'auto',
    demo: false,
    port: undefined,
    dataDir: undefined,
    open: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const next = (): string | undefined => {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return undefined;
      i += 1;
      return value;
    };
    switch (flag) {
      case '--web':
        args.host = 'web';
        break;
      case '--terminal':
        args.host = 'terminal';
        break;
      case '--demo':
        args.demo = true;
        break;
      case '--no-open':
        args.open = false;
        break;
      case '--port': {
        const value = next();
        const port = Number(value);
        if (value === undefined || !/^\d+$/.test(value) || port < 1 || port > 65_535)
          return {
            ok: false,
            error: `--port needs a number from 1 to 65535${value !== undefined ? `, not "${value}"` : ''}`,
          };
        args.port = port;
        break;
      }
      case '--data-dir': {
        const value = next();
        if (value === undefined || value.trim() === '')
          return { ok: false, error: '--data-dir needs a folder path' };
        args.dataDir = value;
        break;
      }
      case '--help':
      case '-h':
        return { ok: 'help' };
      default:
        return { ok: false, error: `unknown option "${flag ?? ''}"` };
    }
  }
  return { ok: true, args };
}
