import type { Api } from '../preload/contract';
import { createSocketApi } from './bridge/socket-api';

declare global {
  interface Window {
    mnsWatch?: Api;
  }
}

/** Set by the browser host in the page it serves, so a plain `vite preview` does not try the socket. */
const BROWSER_HOST_META = 'mns-watch-host';

/**
 * The bridge to the engine; the only place that reads `window.mnsWatch`. In Electron the preload
 * provides it; in the browser host it is the socket; elsewhere there is none.
 */
export function getApi(): Api | undefined {
  if (window.mnsWatch !== undefined) return window.mnsWatch;
  const meta = document.querySelector(`meta[name="${BROWSER_HOST_META}"]`);
  if (meta?.getAttribute('content') === 'browser') return createSocketApi();
  return undefined;
}
