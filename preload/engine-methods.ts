import type { EngineMethod } from './contract';

// The runtime list of the contract's calls (the contract itself is types only). A record, not an
// array, so TypeScript rejects a missing or misspelt method.
const METHODS: Record<EngineMethod, true> = {
  appInfo: true,
  queryFeed: true,
  getEvent: true,
  statuses: true,
  deleteMessages: true,
  undoDelete: true,
  releaseMessage: true,
  extendLease: true,
  exportEvents: true,
  pauseQueue: true,
  resumeQueue: true,
  retryQueue: true,
  getSettings: true,
  regions: true,
  testConnection: true,
  listQueues: true,
  importableCredentials: true,
  saveAccount: true,
  removeAccount: true,
  setQueueMode: true,
  updatePreferences: true,
  saveFilters: true,
  setStartAtLogin: true,
  startDemo: true,
};

/** Every engine call's name. */
export const ENGINE_METHODS = Object.keys(METHODS) as EngineMethod[];
