// What the shell shows around the feed: list or timeline, and which dialogs are open. The
// account form may open over the settings sheet, so each has its own flag.
import type { SliceCreator } from './slice';

/** List of events, or the events grouped into one card per asset. */
export type FeedView = 'list' | 'timeline';

/** The account form: a new account (accountId undefined) or an existing one. */
export interface AccountEditor {
  accountId: string | undefined;
}

/** The shell's own state. */
export interface UiSlice {
  view: FeedView;
  settingsOpen: boolean;
  accountEditor: AccountEditor | undefined;
  setView(view: FeedView): void;
  setSettingsOpen(open: boolean): void;
  /** Opens the account form (loading the region list it offers). */
  openAccountEditor(accountId: string | undefined): void;
  closeAccountEditor(): void;
}

/** True while a modal dialog is open, when page shortcuts must stay quiet. */
export function anyDialogOpen(state: Pick<UiSlice, 'settingsOpen' | 'accountEditor'>): boolean {
  return state.settingsOpen || state.accountEditor !== undefined;
}

/** Creates the UI slice. */
export function createUiSlice(): SliceCreator<UiSlice> {
  return (set, get) => ({
    view: 'list',
    settingsOpen: false,
    accountEditor: undefined,
    setView: (view) => {
      set({ view });
      if (view === 'timeline') void get().loadTimeline();
    },
    setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
    openAccountEditor: (accountId) => {
      set({ accountEditor: { accountId } });
      void get().loadRegions();
    },
    closeAccountEditor: () => set({ accountEditor: undefined }),
  });
}
