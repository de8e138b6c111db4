// The engine as both hosts run it: settings, keychain, journal and pollers (the app engine), the
// optional in-process demo, and the typed calls and events of preload/contract.ts. Electron wraps
// it in IPC, the browser host in a WebSocket; neither adds logic of its own.
import type { AppInfo, EngineEvent, EngineMethod } from '../../../preload/contract';
import { startAppEngine } from '../../engine/app/app-engine';
import type { AppEngine, AppEngineOptions } from '../../engine/app/app-engine';
import type { SecretStore } from '../../engine/credentials/secret-store';
import type { FeedEvent } from '../../engine/feed/feed-events';
import { queueRefKey } from '../../engine/feed/feed-events';
import { loadSettings, saveSettings, settingsFilePath } from '../../engine/settings/settings-file';
import type { AccountSettings } from '../../engine/settings/settings-schema';
import { createApiHandlers } from './api-handlers';
import { demoAccount, repointDemoAccount, startDemoBackend } from './demo-backend';
import type { DemoBackend } from './demo-backend';
import { toFeedRow } from './entry-views';
import { toStatusView } from './status-view';

/** A handler per engine call; each validates its own argument. */
export type ApiHandlers = Record<EngineMethod, (params: unknown) => Promise<unknown>>;

/** What a host tells the runtime. */
export interface EngineRuntimeOptions {
  dataDir: string;
  secretStore: SecretStore;
  host: AppInfo['host'];
  version: string;
  /**
   * 'now': run the demo and add its account at once (`--demo`); 'first-run': run the demo server
   * when there is no account yet, so "Try the demo" is instant; 'off': only if an account uses it.
   */
  demo: 'now' | 'first-run' | 'off';
  /** Demo traffic speed (1 = real time). */
  demoSpeed?: number;
  onEvent: (event: EngineEvent) => void;
  /** Start at login, where the host can do it (Electron). */
  startAtLogin?: { get(): boolean; set(enabled: boolean): void };
  /** Test seams passed to the app engine. */
  engine?: Pick<AppEngineOptions, 'clientFactory' | 'clock' | 'peekIntervalMs' | 'undoWindowMs'>;
}

/** The running runtime. */
export interface EngineRuntime {
  handlers: ApiHandlers;
  engine: AppEngine;
  /** The demo backend, while it runs. */
  demo(): DemoBackend | undefined;
  stop(): Promise<void>;
}

/** Starts the demo if asked, then the app engine, and returns the call handlers. */
export async function startEngineRuntime(options: EngineRuntimeOptions): Promise<EngineRuntime> {
  let demo: DemoBackend | undefined;
  const ensureDemo = async (): Promise<DemoBackend> => {
    demo ??= await startDemoBackend(
      options.demoSpeed !== undefined ? { speed: options.demoSpeed } : {},
    );
    return demo;
  };

  // The demo server's port is new every run: point a saved demo account at it before polling.
  const path = settingsFilePath(options.dataDir);
  const loaded = await loadSettings(path);
  const saved = loaded.problem === undefined ? loaded.settings : undefined;
  const hasDemoAccount = saved?.accounts.some(isDemo) ?? false;
  const firstRun = (saved?.accounts.length ?? 0) === 0;
  let startingAccounts: readonly AccountSettings[] = saved?.accounts ?? [];
  if (hasDemoAccount || options.demo === 'now' || (options.demo === 'first-run' && firstRun)) {
    const backend = await ensureDemo();
    if (saved !== undefined && (hasDemoAccount || options.demo === 'now')) {
      const accounts = hasDemoAccount
        ? saved.accounts.map((a) => (isDemo(a) ? repointDemoAccount(a, backend) : a))
        : [...saved.accounts, demoAccount(backend)];
      await saveSettings(path, { ...saved, accounts });
      startingAccounts = accounts;
    }
  }

  // Statuses are labelled from the live settings: pollers of a just-saved account report before
  // the save call returns, and the first ones report while the engine is still starting.
  let running: AppEngine | undefined = undefined;
  const forward = (event: FeedEvent): void =>
    options.onEvent(toEngineEvent(event, running?.settings().accounts ?? startingAccounts));
  const engine = await startAppEngine({
    dataDir: options.dataDir,
    secretStore: options.secretStore,
    onEvent: forward,
    demoCredentials: () => demo?.credentials,
    ...options.engine,
  });
  running = engine;

  const handlers = createApiHandlers({
    engine,
    host: options.host,
    version: options.version,
    startAtLogin: options.startAtLogin,
    demo: () => demo,
    ensureDemo,
    push: options.onEvent,
  });

  return {
    handlers,
    engine,
    demo: () => demo,
    async stop() {
      await engine.stop();
      await demo?.stop();
    },
  };
}

function isDemo(account: AccountSettings): boolean {
  return account.credentialSource === 'demo';
}

/** Maps an engine event to what the renderer receives. */
export function toEngineEvent(event: FeedEvent, accounts: readonly AccountSettings[]): EngineEvent {
  switch (event.type) {
    case 'feed':
      return { type: 'feed', rows: event.entries.map(toFeedRow) };
    case 'status':
      return {
        type: 'status',
        status: toStatusView(event.queue, event.mode, event.status, accounts),
      };
    case 'notification':
      return { type: 'notification', notification: { ...event.notification } };
    case 'action-results':
      return { type: 'action-results', ticket: event.ticket, results: event.results };
    case 'notice':
      return {
        type: 'notice',
        level: event.level,
        queueKey: event.queue !== undefined ? queueRefKey(event.queue) : undefined,
        message: event.message,
      };
  }
}
