// The whole app without Electron: the engine runtime and the built renderer served together by
// the loopback-only browser host, events broadcast to every open tab.
import { createKeytarSecretStore } from '../../engine/credentials/keytar-secret-store';
import type { SecretStore } from '../../engine/credentials/secret-store';
import { startEngineRuntime } from '../engine-api/engine-runtime';
import type { EngineRuntime, EngineRuntimeOptions } from '../engine-api/engine-runtime';
import type { EngineEvent } from '../../../preload/contract';
import { startBrowserHost } from './browser-host';
import type { BrowserHost } from './browser-host';

const MAX_HELD_NOTICES = 20;

/** Options of {@link startWebApp}. */
export interface WebAppOptions {
  /** The built renderer (out/renderer). */
  staticDir: string;
  dataDir: string;
  version: string;
  /** 0 or omitted: any free port. */
  port?: number;
  demo: EngineRuntimeOptions['demo'];
  demoSpeed?: number;
  /** Defaults to the OS keychain; tests pass their own. */
  secretStore?: SecretStore;
  /** Test seams for the app engine. */
  engine?: EngineRuntimeOptions['engine'];
}

/** The running web app. */
export interface WebApp {
  /** The URL to open, token included. */
  url: string;
  runtime: EngineRuntime;
  host: BrowserHost;
  stop(): Promise<void>;
}

/** Starts the engine runtime, then the browser host that serves it. */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  let host: BrowserHost | undefined;
  let clients = 0;
  // Notices raised before any tab is open (a repaired journal, no keychain) wait for the first one.
  const heldNotices: EngineEvent[] = [];
  const send = (event: EngineEvent): void => {
    if (clients === 0 || host === undefined) {
      if (event.type === 'notice' && heldNotices.length < MAX_HELD_NOTICES) heldNotices.push(event);
      return;
    }
    host.broadcast(event);
  };
  const runtime = await startEngineRuntime({
    dataDir: options.dataDir,
    secretStore: options.secretStore ?? createKeytarSecretStore('MNS Watch'),
    host: 'browser',
    version: options.version,
    demo: options.demo,
    ...(options.demoSpeed !== undefined ? { demoSpeed: options.demoSpeed } : {}),
    ...(options.engine !== undefined ? { engine: options.engine } : {}),
    onEvent: send,
  });
  try {
    host = await startBrowserHost({
      staticDir: options.staticDir,
      handlers: runtime.handlers,
      ...(options.port !== undefined ? { port: options.port } : {}),
      onClientCountChange: (count) => {
        const first = clients === 0 && count > 0;
        clients = count;
        // The page loads its state first; the notices follow once its socket is listening.
        if (first) for (const notice of heldNotices.splice(0)) host?.broadcast(notice);
      },
    });
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  const running = host;
  return {
    url: running.url,
    runtime,
    host: running,
    async stop() {
      await running.close();
      await runtime.stop();
    },
  };
}
