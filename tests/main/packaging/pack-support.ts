// Runs `electron-builder --dir --linux` offline against a stub Electron, for the packaging smoke test.
//
// electron-builder needs an unpacked Electron to copy next to app.asar; the real one cannot be downloaded
// here, so a stub folder stands in: an `electron` file plus the license files and folders of a real
// linux dist. The stub carries a fuse wire in the layout @electron/fuses looks for (sentinel, wire
// version 1, wire length, one ASCII '0'/'1' per fuse) holding Electron's shipped defaults, so
// electron-builder's real `electronFuses` step runs and flips it like it flips a real binary.
// MNS_WATCH_ELECTRON_DIST (or node_modules/electron/dist, where a download worked) swaps in a real
// Electron; the test then checks the real fuse wire.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { SENTINEL } from '@electron/fuses/dist/constants';

export const ROOT = resolve(__dirname, '../../..');

// Electron's shipped fuse states in @electron/fuses' V1 order: RunAsNode on, cookie encryption off,
// NODE_OPTIONS on, --inspect on, asar integrity off, only-load-from-asar off, browser V8 snapshot off,
// file:// extra privileges on.
export const ELECTRON_DEFAULT_FUSES = '10110001';

export interface ElectronDist {
  dir: string;
  kind: 'stub' | 'real';
}

export function findRealElectronDist(): string | null {
  const candidates = [
    process.env.MNS_WATCH_ELECTRON_DIST,
    join(ROOT, 'node_modules/electron/dist'),
  ].filter((dir): dir is string => Boolean(dir));
  return candidates.find((dir) => existsSync(join(dir, 'electron'))) ?? null;
}

export function writeStubElectronDist(dir: string): ElectronDist {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stub Electron for the packaging smoke test; fuse wire: '),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'ascii'),
    Buffer.from('\necho "stub Electron: cannot run the app" >&2\nexit 1\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'stub\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stub</title>\n');
  return { dir, kind: 'stub' };
}

export interface PackResult {
  appOutDir: string;
  log: string;
  seconds: number;
}

// `electron-builder --dir --linux` with the project's electron-builder.yml; only the Electron source
// and the output folder are overridden.
export function packLinuxDir(electronDist: string, outputDir: string): Promise<PackResult> {
  const cli = join(ROOT, 'node_modules/electron-builder/cli.js');
  const args = [
    cli,
    '--dir',
    '--linux',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${outputDir}`,
  ];
  // electron-builder goes quiet when it sees VITEST in the environment; its log is part of the checks.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...env, FORCE_COLOR: '0', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Without electronDist electron-builder retries a GitHub download for ~45 s; never wait that long.
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      if (code !== 0) {
        fail(new Error(`electron-builder --dir exited with ${code} after ${seconds} s:\n${log}`));
        return;
      }
      const unpacked = readdirSync(outputDir).find((name) => /^linux-(.+-)?unpacked$/.test(name));
      if (!unpacked) {
        fail(new Error(`electron-builder wrote no linux-*unpacked folder:\n${log}`));
        return;
      }
      done({ appOutDir: join(outputDir, unpacked), log, seconds });
    });
  });
}

// ELF e_machine values for the architectures electron-builder packs on Linux.
export const ELF_MACHINE: Record<string, number> = { x64: 62, arm64: 183, ia32: 3, arm: 40 };
