import { join } from 'node:path';

import { createCredentialVault } from '../credentials/credential-vault';
import type { CredentialVault } from '../credentials/credential-vault';
import { findImportableCredentials } from '../credentials/credential-import';
import type { SecretStore } from '../credentials/secret-store';
import type { CredentialInput } from '../credentials/secret-credentials';
import { createFeedEngine } from '../feed/feed-engine';
import type { FeedEngine } from '../feed/feed-engine';
import type { FeedEvent } from '../feed/feed-events';
import { openJournal } from '../journal';
import type { Journal } from '../journal';
import { resolveEndpoint } from '../mns/endpoint';
import type { EndpointInput, MnsEndpoint } from '../mns/endpoint';
import { createMnsQueueClient } from '../mns/mns-queue-client';
import type { MnsCredentials } from '../mns/mns-queue-client';
import type { QueueClient } from '../mns/queue-client';
import type { NotificationPreferences } from '../notifications';
import type { PollerClock } from '../pollers';
import { loadSettings, saveSettings, settingsFilePath } from '../settings/settings-file';
import { parseSettings } from '../settings/settings-schema';
import type { AccountSettings, Settings } from '../settings/settings-schema';
import { testConnection } from '../settings/test-connection';
import type { ConnectionCheck } from '../settings/test-connection';

/** What the app engine needs from its host. */
export interface AppEngineOptions {
  /** The app's data folder: settings file and journal live here. */
  dataDir: string;
  /** The OS keychain (keytar) in the app; tests pass a fake or a failing one. */
  secretStore: SecretStore;
  onEvent: (event: FeedEvent) => void;
  clock?: PollerClock;
  clientFactory?: (endpoint: MnsEndpoint, credentials: MnsCredentials) => QueueClient;
  /** Where imports look for the aliyun CLI config (the user's home folder). */
  home?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** How often watch-mode queues are peeked (default 10 s). */
  peekIntervalMs?: number;
  /** How long a delete can be undone before it is sent (default 5 s). */
  undoWindowMs?: number;
  /** Keys of the in-process demo server, for accounts whose credentialSource is 'demo'. */
  demoCredentials?: () => MnsCredentials | undefined;
}

/**
 * The engine as a host runs it: settings from the data folder, secrets from the keychain (or
 * memory for this run when there is none), the journal, and the feed engine over the accounts.
 * Every account or queue change is saved first and then applied by restarting the pollers.
 */
export async function startAppEngine(options: AppEngineOptions) {
  const settingsPath = settingsFilePath(options.dataDir);
  const loaded = await loadSettings(settingsPath);
  let settings: Settings = loaded.settings;
  if (loaded.problem !== undefined)
    notice('error', `Settings could not be read: ${loaded.problem}`);
  const vault: CredentialVault = createCredentialVault(options.secretStore, {
    fallbackToMemory: true,
  });
  const vaultStatus = await vault.probe();
  if (vaultStatus.storage === 'memory') notice('warning', vaultStatus.reason);
  const journal: Journal = await openJournal({
    dir: join(options.dataDir, 'journal'),
    retention: settings.journal,
  });
  if (journal.recovery.truncatedBytes > 0 || journal.recovery.corruptRecords.length > 0) {
    notice(
      'warning',
      `The journal was repaired after an unclean stop: ${journal.recovery.truncatedBytes} damaged bytes set aside, nothing acknowledged was lost.`,
    );
  }
  const makeClient =
    options.clientFactory ??
    ((endpoint, credentials) => createMnsQueueClient({ endpoint, credentials }));
  let feed: FeedEngine = await startFeed();

  function notice(level: 'info' | 'warning' | 'error', message: string): void {
    options.onEvent({ type: 'notice', level, queue: undefined, message });
  }

  async function startFeed(): Promise<FeedEngine> {
    const engine = createFeedEngine({
      accounts: settings.accounts,
      credentials: (account) => credentialsFor(account),
      journal,
      notificationPreferences: (): NotificationPreferences => settings.notifications,
      onEvent: options.onEvent,
      clientFactory: makeClient,
      ...(options.clock !== undefined ? { clock: options.clock } : {}),
      ...(options.peekIntervalMs !== undefined ? { peekIntervalMs: options.peekIntervalMs } : {}),
      ...(options.undoWindowMs !== undefined ? { undoWindowMs: options.undoWindowMs } : {}),
    });
    await engine.start();
    return engine;
  }

  async function apply(next: Settings): Promise<void> {
    const parsed = parseSettings(next);
    if (!parsed.ok) throw new Error(parsed.error);
    await saveSettings(settingsPath, parsed.value);
    settings = parsed.value;
    await feed.stop();
    feed = await startFeed();
  }

  // Demo keys belong to this run's local server: they never go to the keychain.
  async function credentialsFor(account: AccountSettings): Promise<MnsCredentials | undefined> {
    if (account.credentialSource === 'demo') return options.demoCredentials?.();
    return vault.load(account.id);
  }

  const credentialsOf = async (
    input: { profileId: string } | CredentialInput,
  ): Promise<MnsCredentials> => {
    if ('profileId' in input) {
      const account = settings.accounts.find((a) => a.id === input.profileId);
      const stored =
        account !== undefined ? await credentialsFor(account) : await vault.load(input.profileId);
      if (stored === undefined) throw new Error('No AccessKey is stored for this account.');
      return stored;
    }
    return input;
  };

  return {
    /** The feed commands (query, delete, release, pause…) of the running engine. */
    feed: () => feed,
    /** Number of entries in the journal. */
    journalSize: () => journal.size,
    /** The current settings (they never contain secrets). */
    settings: () => settings,
    /** Where secrets are kept, and why. */
    vaultStatus: () => vault.status(),
    /** True when the account has credentials to poll with (stored secret, or the demo's keys). */
    hasCredentials: async (profileId: string): Promise<boolean> => {
      const account = settings.accounts.find((a) => a.id === profileId);
      return account !== undefined && (await credentialsFor(account)) !== undefined;
    },
    /** Adds or replaces an account; its secret goes to the keychain (or memory), the rest to settings. */
    async saveAccount(
      account: AccountSettings,
      credentials?: CredentialInput,
    ): Promise<'keychain' | 'memory' | 'unchanged'> {
      let storage: 'keychain' | 'memory' | 'unchanged' = 'unchanged';
      if (credentials !== undefined)
        storage = await vault.save(account.id, credentials, {
          sessionOnly: account.credentialSource === 'session',
        });
      await apply({
        ...settings,
        accounts: [...settings.accounts.filter((a) => a.id !== account.id), account],
      });
      return storage;
    },
    /** Removes an account and forgets its secret. */
    async removeAccount(profileId: string): Promise<void> {
      await vault.remove(profileId);
      await apply({ ...settings, accounts: settings.accounts.filter((a) => a.id !== profileId) });
    },
    /** Changes how one queue is read; consume takes messages from other consumers, so hosts confirm it. */
    async setQueueMode(
      profileId: string,
      regionId: string,
      queue: string,
      change: { mode?: 'watch' | 'consume'; autoDeleteAfterJournal?: boolean; paused?: boolean },
    ): Promise<void> {
      const accounts = settings.accounts.map((account) =>
        account.id !== profileId
          ? account
          : {
              ...account,
              regions: account.regions.map((region) =>
                region.regionId !== regionId
                  ? region
                  : {
                      ...region,
                      queues: region.queues.map((q) =>
                        q.name === queue
                          ? {
                              ...q,
                              ...change,
                              autoDeleteAfterJournal:
                                (change.mode ?? q.mode) === 'watch'
                                  ? false
                                  : (change.autoDeleteAfterJournal ?? q.autoDeleteAfterJournal),
                            }
                          : q,
                      ),
                    },
              ),
            },
      );
      await apply({ ...settings, accounts });
    },
    /** The queues that exist at an endpoint (ListQueue, all pages), for picking instead of typing. */
    async listRemoteQueues(
      endpointInput: EndpointInput,
      credentials: { profileId: string } | CredentialInput,
    ): Promise<string[]> {
      const client = makeClient(resolveEndpoint(endpointInput), await credentialsOf(credentials));
      try {
        const names: string[] = [];
        let marker: string | undefined;
        do {
          const page = await client.listQueues({
            pageSize: 1000,
            ...(marker !== undefined ? { marker } : {}),
          });
          names.push(...page.queues.map((q) => q.name));
          marker = page.nextMarker;
        } while (marker !== undefined && names.length < 10_000);
        return names;
      } finally {
        client.dropConnections();
      }
    },
    /** Checks endpoint, keys and queue, explaining what is wrong in words. */
    async testConnection(
      endpoint: EndpointInput,
      credentials: { profileId: string } | CredentialInput,
      queue?: string,
    ): Promise<ConnectionCheck[]> {
      return testConnection(
        { endpoint, credentials: await credentialsOf(credentials), queue },
        ({ endpoint: e, credentials: c }) => makeClient(e, c),
      );
    },
    /** Credentials found in the environment and the aliyun CLI config, secrets shown as lengths only. */
    importableCredentials: () =>
      findImportableCredentials({ env: options.env ?? process.env, home: options.home ?? '' }),
    /** Saves notification preferences and journal retention, and applies them at once. */
    async updatePreferences(change: {
      notifications?: NotificationPreferences;
      journal?: Settings['journal'];
      display?: Settings['display'];
      savedFilters?: Settings['savedFilters'];
    }): Promise<void> {
      const next = { ...settings, ...change };
      const parsed = parseSettings(next);
      if (!parsed.ok) throw new Error(parsed.error);
      await saveSettings(settingsPath, parsed.value);
      settings = parsed.value;
      if (change.journal !== undefined) await journal.setRetention(change.journal);
    },
    /** Stops the pollers, sends pending deletes, closes the journal. */
    async stop(): Promise<void> {
      await feed.stop();
      await journal.close();
    },
  };
}

/** The running app engine. */
export type AppEngine = Awaited<ReturnType<typeof startAppEngine>>;
