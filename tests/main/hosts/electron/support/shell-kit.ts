// Starts the Electron shell on the fake Electron, over the real engine runtime (in a temporary
// data folder, memory keychain, no demo), with the shell's timers and clock driven by hand. The
// engine's feed controls are spies, and every engine event the runtime would push can be injected.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { vi } from 'vitest';

import type { EngineEvent } from '../../../../../preload/contract';
import { ENGINE_METHODS } from '../../../../../preload/engine-methods';
import { createMemorySecretStore } from '../../../../../main/engine/credentials/memory-secret-store';
import { startEngineRuntime } from '../../../../../main/hosts/engine-api/engine-runtime';
import type {
  ApiHandlers,
  EngineRuntimeOptions,
} from '../../../../../main/hosts/engine-api/engine-runtime';
import { bootElectronShell } from '../../../../../main/hosts/electron/electron-shell';
import type {
  ElectronShell,
  ShellEnvironment,
} from '../../../../../main/hosts/electron/electron-shell';
import { createFakeElectron } from './fake-electron';
import type { FakeElectron } from './fake-electron';
import { createManualTimers } from './manual-timers';
import type { ManualTimers } from './manual-timers';

/** The repository root (assets/ lives here). */
export const REPO_ROOT = join(__dirname, '../../../../..');

/** A started shell and everything to drive and inspect it. */
export interface ShellKit {
  electron: FakeElectron;
  shell: ElectronShell;
  timers: ManualTimers;
  /** The engine's feed commands the OS events reach. */
  feed: {
    suspend: ReturnType<typeof vi.fn>;
    resumeFromSleep: ReturnType<typeof vi.fn>;
    setOnline: ReturnType<typeof vi.fn>;
  };
  /** Spies over the real handlers. */
  handlers: ApiHandlers;
  /** Pushes an event as the engine would. */
  emit(event: EngineEvent): void;
  logs: string[];
  userData: string;
  home: string;
  close(): Promise<void>;
}

/** Options for {@link startShellKit}. */
export interface ShellKitOptions {
  platform?: NodeJS.Platform;
  argv?: string[];
  env?: Record<string, string>;
  /** Prepares the fake before the shell boots (displays, lock, online…). */
  prepare?: (electron: FakeElectron) => void;
}

/** Boots the shell and waits until the engine runs and the tray shows its first data. */
export async function startShellKit(options: ShellKitOptions = {}): Promise<ShellKit> {
  const userData = mkdtempSync(join(tmpdir(), 'mns-watch-shell-'));
  const home = mkdtempSync(join(tmpdir(), 'mns-watch-home-'));
  const electron = createFakeElectron({ userData, home, appPath: REPO_ROOT });
  options.prepare?.(electron);
  const timers = createManualTimers();
  const feed = { suspend: vi.fn(), resumeFromSleep: vi.fn(), setOnline: vi.fn() };
  const logs: string[] = [];
  let captured: EngineRuntimeOptions | undefined;
  let handlers: ApiHandlers | undefined;
  const environment: ShellEnvironment = {
    platform: options.platform ?? 'linux',
    argv: options.argv ?? ['electron', '.'],
    env: { XDG_CONFIG_HOME: join(home, '.config'), ...options.env },
    mainDir: join(REPO_ROOT, 'out', 'main'),
    resourcesPath: join(REPO_ROOT, 'resources'),
    execPath: '/opt/MNS Watch/mns-watch',
    now: timers.now,
    timers,
    secretStore: createMemorySecretStore,
    startRuntime: async (runtimeOptions) => {
      captured = runtimeOptions;
      const real = await startEngineRuntime({ ...runtimeOptions, demo: 'off' });
      const spied = { ...real.handlers };
      for (const method of ENGINE_METHODS) spied[method] = vi.fn(real.handlers[method]);
      handlers = spied;
      return { handlers, engine: { feed: () => feed }, stop: () => real.stop() };
    },
    log: (message) => void logs.push(message),
  };
  const shell = await bootElectronShell(electron, environment);
  if (shell === undefined) throw new Error('The shell did not start (second instance?)');
  await shell.ready;
  return {
    electron,
    shell,
    timers,
    feed,
    get handlers() {
      if (handlers === undefined) throw new Error('The runtime has not started');
      return handlers;
    },
    emit: (event) => captured?.onEvent(event),
    logs,
    userData,
    home,
    async close() {
      electron.app.quit();
      await vi.waitFor(() => {
        if (electron.app.quits < 2) throw new Error('still stopping');
      });
      rmSync(userData, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
