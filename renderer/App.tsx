import { useEffect } from 'react';
import { useStore } from 'zustand';

import type { Api } from '../preload/contract';
import type { AppStore } from './store/app-store';

/** The app shell: header with the engine's identity, and the feed area. */
export function App({ store, api }: { store: AppStore; api: Api | undefined }) {
  const info = useStore(store, (s) => s.info);
  const bridgeError = useStore(store, (s) => s.bridgeError);

  useEffect(() => {
    if (api === undefined) {
      store
        .getState()
        .setBridgeError('MNS Watch is not connected to its engine. Start it with "npm start".');
      return;
    }
    api.appInfo().then(
      (next) => store.getState().setInfo(next),
      (error: unknown) =>
        store
          .getState()
          .setBridgeError(
            `The engine did not answer: ${error instanceof Error ? error.message : String(error)}`,
          ),
    );
  }, [api, store]);

  return (
    <div className="shell">
      <header className="shell__header">
        <h1>MNS Watch</h1>
        {info !== undefined && (
          <span className="shell__meta" data-testid="app-version">
            v{info.version} · {info.host === 'electron' ? 'desktop' : 'browser'}
          </span>
        )}
      </header>
      <main className="shell__main">
        {bridgeError !== undefined ? (
          <p role="alert" className="notice notice--error">
            {bridgeError}
          </p>
        ) : (
          <p className="notice">No queues are being watched yet.</p>
        )}
      </main>
    </div>
  );
}
