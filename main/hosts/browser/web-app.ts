// The whole app without Electron: the engine runtime and the built renderer served together by
// the loopback-only browser host, events broadcast to every open tab.
import { createKeytarSecretStore } from '../../engine/credentials/keytar-secret-store';
import type { SecretStore } from '../../engine/credentials/secret-store';
import { startEngineRuntime } from '../engine-api/engine-runtime';
import type { EngineRuntime, EngineRuntimeOptions } from '../engine-api/engine-runtime';
import { startBrowserHost } from './browser-host';
import type { BrowserHost } from './browser-host';

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
  const runtime = await startEngineRuntime({
    dataDir: options.dataDir,
    secretStore: options.secretStore ?? createKeytarSecretStore('MNS Watch'),
    host: 'browser',
    version: options.version,
    demo: options.demo,
    ...(options.demoSpeed !== undefined ? { demoSpeed: options.demoSpeed } : {}),
    ...(options.engine !== undefined ? { engine: options.engine } : {}),
    onEvent: (event) => host?.broadcast(event),
  });
  try {
    host = await startBrowserHost({
      staticDir: options.staticDir,
      handlers: runtime.handlers,
      ...(options.port !== undefined ? { port: options.port } : {}),
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
