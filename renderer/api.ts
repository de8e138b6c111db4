import type { Api } from '../preload/contract';

declare global {
  interface Window {
    mnsWatch?: Api;
  }
}

/** The bridge to the engine; the only place that reads `window.mnsWatch`. */
export function getApi(): Api | undefined {
  return window.mnsWatch;
}
