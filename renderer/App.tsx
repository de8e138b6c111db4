// The app shell: header, connection state, first run or the feed with its filters, status strip,
// side pane and toasts, plus the settings and account dialogs. It composes; the store decides.
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';

import type { Api } from '../preload/contract';
import { AppHeader } from './feed/AppHeader';
import { ConnectionBanner } from './feed/ConnectionBanner';
import { FeedWorkspace } from './feed/FeedWorkspace';
import { useFeedShortcuts } from './feed/use-feed-shortcuts';
import { useNow } from './feed/use-now';
import { I18nProvider, useT } from './i18n/i18n-context';
import { EnableNotificationsButton } from './notify/EnableNotificationsButton';
import { ToastRegion } from './notify/ToastRegion';
import { AccountForm } from './setup/AccountForm';
import { FirstRun } from './setup/FirstRun';
import { SettingsPanel } from './settings/SettingsPanel';
import type { AppStore } from './store/app-store';
import { connectEngine } from './store/engine-bridge';
import { useDocumentTheme } from './ui/use-document-theme';
import { useNarrowLayout } from './ui/use-narrow-layout';
import { indexQueues } from './store/queue-modes';

/** The whole renderer. `api` is undefined when no engine is connected. */
export function App({ store, api }: { store: AppStore; api: Api | undefined }) {
  const language = useStore(store, (s) => s.settings?.display.language ?? 'en');
  const theme = useStore(store, (s) => s.settings?.display.theme ?? 'system');

  useEffect(() => {
    if (api === undefined) return undefined;
    return connectEngine(store, api);
  }, [api, store]);

  useDocumentTheme(theme);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider language={language}>
      <Shell store={store} api={api} />
    </I18nProvider>
  );
}

function Shell({ store, api }: { store: AppStore; api: Api | undefined }) {
  const t = useT();
  const now = useNow();
  const info = useStore(store, (s) => s.info);
  const bridgeError = useStore(store, (s) => s.bridgeError);
  const connection = useStore(store, (s) => s.connection);
  const settings = useStore(store, (s) => s.settings);
  const statuses = useStore(store, (s) => s.statuses);
  const toasts = useStore(store, (s) => s.toasts);
  const settingsOpen = useStore(store, (s) => s.settingsOpen);
  const accountEditor = useStore(store, (s) => s.accountEditor);
  const regions = useStore(store, (s) => s.regions);
  const narrow = useNarrowLayout();

  const queues = useMemo(() => indexQueues(statuses, settings), [statuses, settings]);
  // The demo server may already run on first run (so "Try the demo" is instant): only a demo
  // account makes the app a demo.
  const demo =
    settings?.accounts.some((a) => a.credentialSource === 'demo') === true ||
    statuses.some((s) => s.demo);
  const firstRun = settings !== undefined && settings.accounts.length === 0;
  useFeedShortcuts(store, api !== undefined && settings !== undefined && !firstRun);

  const act = store.getState;
  const dismiss = useCallback((id: number) => store.getState().dismissToast(id), [store]);
  const undo = useCallback((ticket: string) => void store.getState().undoDelete(ticket), [store]);

  let main;
  if (api === undefined) {
    main = (
      <p role="alert" className="banner banner--error app-message">
        {t('feed.engine.missing')}
      </p>
    );
  } else if (settings === undefined) {
    // Without settings there is nothing to show yet; a failure is in the banner above.
    main =
      bridgeError === undefined ? (
        <p className="app-message" role="status" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : null;
  } else if (firstRun) {
    main = (
      <FirstRun
        onTryDemo={() => act().startDemo()}
        onConnect={() => act().openAccountEditor(undefined)}
      />
    );
  } else {
    main = (
      <FeedWorkspace store={store} queues={queues} now={now} timeZone={settings.display.timeZone} />
    );
  }

  return (
    <div className="app">
      <AppHeader
        info={info}
        demo={demo}
        onOpenSettings={
          settings !== undefined && info !== undefined
            ? () => act().setSettingsOpen(true)
            : undefined
        }
      >
        <EnableNotificationsButton host={info?.host} />
      </AppHeader>
      <ConnectionBanner connection={connection} onReload={() => window.location.reload()} />
      {api !== undefined && bridgeError !== undefined && (
        <p role="alert" className="banner banner--error app-banner">
          {t('feed.engine.noAnswer', { message: bridgeError })}
        </p>
      )}
      <main className="app-main">{main}</main>
      <ToastRegion toasts={toasts} now={now} onDismiss={dismiss} onUndo={undo} compact={narrow} />
      {api !== undefined && settings !== undefined && info !== undefined && settingsOpen && (
        <SettingsPanel
          api={api}
          settings={settings}
          info={info}
          onClose={() => act().setSettingsOpen(false)}
          onAddAccount={() => act().openAccountEditor(undefined)}
          onEditAccount={(id) => act().openAccountEditor(id)}
        />
      )}
      {api !== undefined && accountEditor !== undefined && (
        <AccountForm
          api={api}
          regions={regions}
          existing={settings?.accounts.find((a) => a.id === accountEditor.accountId)}
          onSaved={() => {
            act().closeAccountEditor();
            void act().loadSettings();
            void act().loadStatuses();
          }}
          onCancel={() => act().closeAccountEditor()}
        />
      )}
    </div>
  );
}
