// Settings with a few accounts, and a panel renderer that re-renders with what the engine returns,
// as the app does when the engine pushes new settings.
import { act } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';

import type { AccountView, AppInfo, SettingsView } from '../../../preload/contract';
import { I18nProvider } from '../../../renderer/i18n/i18n-context';
import { SettingsPanel } from '../../../renderer/settings/SettingsPanel';
import { renderIn } from '../setup/render-in-language';
import { emptySettings } from '../support/fake-api';
import type { FakeApi } from '../support/fake-api';

/** A keychain account with one watched and one consumed queue. */
export const production: AccountView = {
  id: 'prod',
  name: 'Production',
  accountId: '1234567890123456',
  accessKeyIdMasked: 'LTAI…x7Qp',
  credentialSource: 'keychain',
  hasSecret: true,
  regions: [
    {
      regionId: 'cn-shanghai',
      endpoint: undefined,
      queues: [
        { name: 'vod-events', mode: 'watch', autoDeleteAfterJournal: false, paused: false },
        { name: 'mps-jobs', mode: 'consume', autoDeleteAfterJournal: false, paused: false },
      ],
    },
  ],
};

/** The built-in demo account. */
export const demoAccount: AccountView = {
  id: 'demo',
  name: 'Demo',
  accountId: '1000000000000001',
  accessKeyIdMasked: 'demo…demo',
  credentialSource: 'demo',
  hasSecret: true,
  regions: [
    {
      regionId: 'cn-hangzhou',
      endpoint: 'http://127.0.0.1:9120',
      queues: [{ name: 'demo-vod', mode: 'watch', autoDeleteAfterJournal: false, paused: false }],
    },
  ],
};

/** A session-only account whose secret is gone after a restart. */
export const sessionAccount: AccountView = {
  id: 'stage',
  name: 'Staging',
  accountId: '2234567890123456',
  accessKeyIdMasked: 'LTAI…aB12',
  credentialSource: 'session',
  hasSecret: false,
  regions: [{ regionId: 'ap-southeast-1', endpoint: undefined, queues: [] }],
};

/** Settings with the three accounts above. */
export function sampleSettings(overrides: Partial<SettingsView> = {}): SettingsView {
  return { ...emptySettings(), accounts: [production, demoAccount, sessionAccount], ...overrides };
}

/** App facts for the given host. */
export function infoFor(host: AppInfo['host']): AppInfo {
  return { name: 'MNS Watch', version: '1.2.3', host, platform: 'darwin', demoRunning: false };
}

/** Handlers the panel was given. */
export interface PanelHandlers {
  onClose: ReturnType<typeof vi.fn>;
  onAddAccount: ReturnType<typeof vi.fn>;
  onEditAccount: ReturnType<typeof vi.fn>;
}

/** Renders the panel once with fixed settings. */
export function openPanel(
  api: FakeApi,
  settings: SettingsView = sampleSettings(),
  info: AppInfo = infoFor('browser'),
): PanelHandlers {
  const handlers = { onClose: vi.fn(), onAddAccount: vi.fn(), onEditAccount: vi.fn() };
  renderIn(<SettingsPanel api={api} settings={settings} info={info} {...handlers} />);
  return handlers;
}

/** Renders the panel the way the app does: language from settings, settings as the engine pushes them. */
export function openLivePanel(
  api: FakeApi,
  initial: SettingsView,
): { push(next: SettingsView): void } {
  let push: (next: SettingsView) => void = () => undefined;
  function Live() {
    const [settings, setSettings] = useState(initial);
    push = setSettings;
    return (
      <I18nProvider language={settings.display.language}>
        <SettingsPanel
          api={api}
          settings={settings}
          info={infoFor('electron')}
          onClose={() => undefined}
          onAddAccount={() => undefined}
          onEditAccount={() => undefined}
        />
      </I18nProvider>
    );
  }
  renderIn(<Live />);
  return { push: (next) => act(() => push(next)) };
}
