// Renders the whole App over the fake Api with a synthetic journal and one configured queue.
import { render } from '@testing-library/react';
import { vi } from 'vitest';

import type { Api, EngineMethods, QueueMode, SettingsView } from '../../../../preload/contract';
import { App } from '../../../../renderer/App';
import { createAppStore } from '../../../../renderer/store/app-store';
import { createFakeApi, emptySettings } from '../../support/fake-api';
import { createJournal, sampleStatus } from './journal';

/** Settings with one account whose vod-events queue is read in `mode`. */
export function settingsWithQueue(mode: QueueMode): SettingsView {
  return {
    ...emptySettings(),
    accounts: [
      {
        id: 'profile-1',
        name: 'Production',
        accountId: '1234567890123456',
        accessKeyIdMasked: 'LTAI…x7Qp',
        credentialSource: 'keychain',
        hasSecret: true,
        regions: [
          {
            regionId: 'cn-shanghai',
            endpoint: undefined,
            queues: [{ name: 'vod-events', mode, autoDeleteAfterJournal: false, paused: false }],
          },
        ],
      },
    ],
  };
}

/** Renders the App with `total` journal entries from a queue in `mode`. */
export function renderApp(
  options: {
    total?: number;
    mode?: QueueMode;
    overrides?: Partial<{ [M in keyof EngineMethods]: Api[M] }>;
  } = {},
) {
  const mode = options.mode ?? 'consume';
  const journal = createJournal(options.total ?? 0);
  const api = createFakeApi({
    queryFeed: vi.fn(journal.queryFeed),
    getSettings: vi.fn(async () => settingsWithQueue(mode)),
    statuses: vi.fn(async () => [sampleStatus(mode)]),
    ...options.overrides,
  });
  const saveFile = vi.fn();
  const copyText = vi.fn(async () => undefined);
  const store = createAppStore({ api, saveFile, copyText });
  const view = render(<App store={store} api={api} />);
  return { api, store, journal, saveFile, copyText, ...view };
}
