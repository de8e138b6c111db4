// `npm start`: the desktop app when Electron can run here, otherwise the same app in a browser
// (engine and UI served on 127.0.0.1 with a per-run token). See START_USAGE for the options.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

import { defaultDataFolder } from '../../engine/settings/default-data-folder';
import { startWebApp } from '../browser/web-app';
import { findElectronBinary } from './electron-binary';
import { openBrowser } from './open-browser';
import { START_USAGE, parseStartArgs } from './start-args';
import type { StartArgs } from './start-args';
import { runTerminalDemo } from './terminal-demo';

const root = resolve(__dirname, '../../..');

async function main(): Promise<void> {
  const parsed = parseStartArgs(process.argv.slice(2));
  if (parsed.ok === 'help') return console.log(START_USAGE);
  if (!parsed.ok) {
    console.error(`npm start: ${parsed.error}\n\n${START_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const args = parsed.args;
  if (args.host === 'terminal') return runTerminalDemo();
  if (args.host === 'auto') {
    const electron = findElectronBinary(root);
    if (electron !== undefined) return runElectron(electron);
    console.log(
      'The Electron binary is not installed on this machine, so MNS Watch opens in your browser instead (same app, same engine).',
    );
  }
  await runWeb(args);
}

function runElectron(executable: string): void {
  const child = spawn(executable, [root], { stdio: 'inherit' });
  child.on('exit', (code) => (process.exitCode = code ?? 0));
}

async function runWeb(args: StartArgs): Promise<void> {
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('The renderer is not built: run "npm run build" (npm start does it for you).');
    process.exitCode = 1;
    return;
  }
  const dataDir = resolve(
    args.dataDir ?? defaultDataFolder(process.platform, process.env, homedir()),
  );
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const app = await startWebApp({
    staticDir,
    dataDir,
    version,
    demo: args.demo ? 'now' : 'first-run',
    ...(args.port !== undefined ? { port: args.port } : {}),
  });
  console.log(`MNS Watch is running at ${app.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (app.runtime.engine.settings().accounts.some((a) => a.credentialSource === 'demo'))
    console.log('Demo: a local MNS server with VOD/MPS traffic runs in this process.');
  else if (app.runtime.demo() !== undefined)
    console.log('First run: choose "Try the demo" or "Connect an account" in the app.');
  if (args.open && !openBrowser(app.url))
    console.log('Open the address above in your browser (it includes the access token).');
  console.log('Press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await app.stop();
}

main().catch((error: unknown) => {
  console.error(
    `MNS Watch could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
