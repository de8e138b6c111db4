import { defaultSettings } from '../../../../main/engine/settings/settings-schema';
import type { AccountSettings, Settings } from '../../../../main/engine/settings/settings-schema';

/** A complete, valid settings document with two accounts, for tests to vary. */
export function sampleSettings(): Settings {
  return {
    ...defaultSettings(),
    accounts: [
      {
        id: '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70',
        name: 'Production',
        accountId: '1234567890123456',
        accessKeyId: 'LTAI5tExampleKeyId',
        credentialSource: 'keychain',
        regions: [
          {
            regionId: 'cn-hangzhou',
            queues: [
              { name: 'vod-events', mode: 'watch', autoDeleteAfterJournal: false, paused: false },
              { name: 'mps-jobs', mode: 'consume', autoDeleteAfterJournal: true, paused: true },
            ],
          },
        ],
      },
      {
        id: '0b8e1d3c-5a6f-4e2d-8c9b-7a6f5e4d3c2b',
        name: 'Local server',
        accountId: '1234567890123456',
        accessKeyId: 'LocalMnsAccessKeyId',
        credentialSource: 'demo',
        regions: [{ regionId: 'local', endpoint: 'http://127.0.0.1:7777', queues: [] }],
      },
    ],
    journal: { maxEntries: 5000, maxAgeDays: 14 },
    display: { timeZone: 'utc', theme: 'dark', language: 'zh-CN' },
    savedFilters: [{ name: 'Failures', filter: { status: ['failed'], text: 'Transcode' } }],
  };
}

/** The first account of the sample settings. */
export function sampleAccount(): AccountSettings {
  const [account] = sampleSettings().accounts;
  if (account === undefined) throw new Error('the sample settings lost their accounts');
  return account;
}
