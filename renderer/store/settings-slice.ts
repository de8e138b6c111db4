// Settings as the engine holds them, plus the saved filters the filter bar manages.
import type { FeedQuery, RegionOption, SettingsView } from '../../preload/contract';
import type { SliceCreator } from './slice';
import { callEngine, errorText } from './store-deps';
import type { StoreDeps } from './store-deps';

/** Settings and the region list the account form offers. */
export interface SettingsSlice {
  settings: SettingsView | undefined;
  regions: RegionOption[];
  setSettings(settings: SettingsView): void;
  loadSettings(): Promise<void>;
  loadRegions(): Promise<void>;
  /** Saves the current query under a name (replacing one of the same name). */
  saveFilter(name: string, query: FeedQuery): Promise<void>;
  deleteSavedFilter(name: string): Promise<void>;
}

/** Creates the settings slice. */
export function createSettingsSlice(deps: StoreDeps): SliceCreator<SettingsSlice> {
  return (set, get) => {
    const report = (error: unknown): void => {
      get().pushToast({
        tone: 'error',
        text: { key: 'feed.toast.engineError', values: { message: errorText(error) } },
      });
    };
    const saveFilters = async (
      filters: NonNullable<SettingsView['savedFilters']>,
    ): Promise<void> => {
      const api = deps.api;
      if (api === undefined) return;
      try {
        get().setSettings(await callEngine(() => api.saveFilters({ filters })));
      } catch (error) {
        report(error);
      }
    };
    return {
      settings: undefined,
      regions: [],
      setSettings: (settings) => set({ settings }),
      loadSettings: async () => {
        const api = deps.api;
        if (api === undefined) return;
        try {
          get().setSettings(await callEngine(() => api.getSettings()));
        } catch (error) {
          get().setBridgeError(errorText(error));
        }
      },
      loadRegions: async () => {
        const api = deps.api;
        if (api === undefined || get().regions.length > 0) return;
        try {
          set({ regions: await callEngine(() => api.regions()) });
        } catch (error) {
          report(error);
        }
      },
      saveFilter: async (name, query) => {
        const existing = get().settings?.savedFilters ?? [];
        const { offset: _offset, limit: _limit, ...filters } = query;
        await saveFilters([...existing.filter((f) => f.name !== name), { name, query: filters }]);
      },
      deleteSavedFilter: async (name) => {
        const existing = get().settings?.savedFilters ?? [];
        await saveFilters(existing.filter((f) => f.name !== name));
      },
    };
  };
}
