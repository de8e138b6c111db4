// One handler per engine call: parse the argument, call the engine, map the answer to the
// contract's views. After anything that changes settings the new settings and queue set are
// pushed, so every window shows the same state without asking.
import { randomUUID } from 'node:crypto';

import type {
  AppInfo,
  EngineEvent,
  ImportableCredentialView,
  SettingsView,
} from '../../../preload/contract';
import type { AppEngine } from '../../engine/app/app-engine';
import type { ImportedCredential } from '../../engine/credentials/imported-credential';
import type { JournalFilter } from '../../engine/journal';
import { resolveEndpoint } from '../../engine/mns/endpoint';
import type { EndpointInput } from '../../engine/mns/endpoint';
import { MNS_REGIONS } from '../../engine/mns/regions';
import type { AccountSettings, RegionSettings } from '../../engine/settings/settings-schema';
import { parseParams } from './api-params';
import { demoAccount } from './demo-backend';
import type { DemoBackend } from './demo-backend';
import { toEventDetail, toFeedRow } from './entry-views';
import { exportEntries } from './export-events';
import type { ApiHandlers } from './engine-runtime';
import { withoutUndefined } from './without-undefined';
import { toSettingsView } from './settings-view';
import { toStatusView } from './status-view';
import { savedFiltersOf } from './saved-filters';

const MAX_EXPORT = 100_000;

/** What the handlers work with. */
export interface HandlerContext {
  engine: AppEngine;
  host: AppInfo['host'];
  version: string;
  startAtLogin: { get(): boolean; set(enabled: boolean): void } | undefined;
  demo: () => DemoBackend | undefined;
  ensureDemo: () => Promise<DemoBackend>;
  push: (event: EngineEvent) => void;
}

/** Builds the handler table over a running engine. */
export function createApiHandlers(context: HandlerContext): ApiHandlers {
  const { engine } = context;
  const feed = () => engine.feed();

  async function settingsView(): Promise<SettingsView> {
    const settings = engine.settings();
    const withSecret = new Set<string>();
    for (const account of settings.accounts)
      if (await engine.hasCredentials(account.id)) withSecret.add(account.id);
    return toSettingsView(
      settings,
      engine.vaultStatus(),
      withSecret,
      context.host === 'electron' ? context.startAtLogin?.get() : undefined,
    );
  }

  const statuses = () =>
    feed()
      .statuses()
      .map((s) => toStatusView(s.queue, s.mode, s.status, engine.settings().accounts));

  async function changed(): Promise<SettingsView> {
    const view = await settingsView();
    context.push({ type: 'settings', settings: view });
    context.push({ type: 'statuses', statuses: statuses() });
    return view;
  }

  return {
    appInfo: async (raw) => {
      parseParams('appInfo', raw);
      return {
        name: 'MNS Watch',
        version: context.version,
        host: context.host,
        platform: process.platform,
        demoRunning: context.demo() !== undefined,
      } satisfies AppInfo;
    },
    queryFeed: async (raw) => {
      const query = withoutUndefined(parseParams('queryFeed', raw)) as JournalFilter;
      const result = feed().query(query);
      return {
        rows: result.entries.map(toFeedRow),
        total: result.total,
        counts: result.counts,
        journalSize: engine.journalSize(),
      };
    },
    getEvent: async (raw) => {
      const { id } = parseParams('getEvent', raw);
      const entry = await feed().getEntry(id);
      return entry !== undefined ? toEventDetail(entry) : null;
    },
    statuses: async (raw) => {
      parseParams('statuses', raw);
      return statuses();
    },
    deleteMessages: async (raw) => {
      const { ids } = parseParams('deleteMessages', raw);
      for (const id of ids) {
        const entry = feed().getSlim(id);
        if (entry === undefined) throw new Error('That message is no longer in the journal.');
        if (entry.state === 'peeked')
          throw new Error(
            'This message comes from a watched queue: MNS Watch only peeks it and never deletes from it.',
          );
      }
      return feed().deleteMessages(ids);
    },
    undoDelete: async (raw) => {
      const { ticket } = parseParams('undoDelete', raw);
      return { undone: await feed().undoDelete(ticket) };
    },
    releaseMessage: async (raw) => {
      const { id } = parseParams('releaseMessage', raw);
      return feed().releaseMessage(id);
    },
    extendLease: async (raw) => {
      const { id, seconds } = parseParams('extendLease', raw);
      return feed().extendLease(id, seconds);
    },
    exportEvents: async (raw) => {
      const request = parseParams('exportEvents', raw);
      const ids =
        request.ids ??
        feed()
          .query({
            ...(withoutUndefined(request.query ?? {}) as JournalFilter),
            offset: 0,
            limit: MAX_EXPORT,
          })
          .entries.map((entry) => entry.id);
      const entries = [];
      for (const id of ids.slice(0, MAX_EXPORT)) {
        const entry = await feed().getEntry(id);
        if (entry !== undefined) entries.push(entry);
      }
      return { ...exportEntries(entries, request.format, Date.now()), count: entries.length };
    },
    pauseQueue: async (raw) => {
      feed().pause(parseParams('pauseQueue', raw).key);
    },
    resumeQueue: async (raw) => {
      feed().resume(parseParams('resumeQueue', raw).key);
    },
    retryQueue: async (raw) => {
      feed().retry(parseParams('retryQueue', raw).key);
    },
    getSettings: async (raw) => {
      parseParams('getSettings', raw);
      return settingsView();
    },
    regions: async (raw) => {
      parseParams('regions', raw);
      return MNS_REGIONS.map((r) => ({ id: r.id, name: r.name, area: r.area }));
    },
    testConnection: async (raw) => {
      const request = parseParams('testConnection', raw);
      return engine.testConnection(
        toEndpointInput(request.endpoint),
        request.credentials,
        request.queue,
      );
    },
    listQueues: async (raw) => {
      const request = parseParams('listQueues', raw);
      return engine.listRemoteQueues(toEndpointInput(request.endpoint), request.credentials);
    },
    importableCredentials: async (raw) => {
      parseParams('importableCredentials', raw);
      const found = await engine.importableCredentials();
      const views: ImportableCredentialView[] = [];
      if (found.environment.found !== undefined) views.push(toImportView(found.environment.found));
      if (found.aliyunCli.ok)
        for (const profile of found.aliyunCli.profiles)
          if (profile.importable) views.push(toImportView(profile.credential));
      return views;
    },
    saveAccount: async (raw) => {
      const request = parseParams('saveAccount', raw);
      const existing = engine.settings().accounts.find((a) => a.id === request.id);
      if (request.id !== undefined && existing === undefined)
        throw new Error(
          'That account no longer exists; it may have been removed in another window.',
        );
      const credentials = request.credentials;
      if (existing === undefined && credentials === undefined)
        throw new Error('Enter the AccessKey ID and secret for the new account.');
      const region = toRegion(request.endpoint, request.accountId, request.queues, existing);
      const account: AccountSettings = {
        id: existing?.id ?? randomUUID(),
        name: request.name,
        accountId: request.accountId,
        accessKeyId: credentials?.accessKeyId.trim() ?? existing?.accessKeyId ?? '',
        credentialSource:
          existing?.credentialSource === 'demo' && credentials === undefined
            ? 'demo'
            : request.sessionOnly === true
              ? 'session'
              : 'keychain',
        regions: [region],
      };
      const storage = await engine.saveAccount(account, credentials);
      await changed();
      if (credentials !== undefined) await feed().credentialsChanged(account.id);
      return { id: account.id, storage };
    },
    removeAccount: async (raw) => {
      const { id } = parseParams('removeAccount', raw);
      await engine.removeAccount(id);
      await changed();
    },
    setQueueMode: async (raw) => {
      const { profileId, regionId, queue, ...change } = parseParams('setQueueMode', raw);
      await engine.setQueueMode(profileId, regionId, queue, withoutUndefined(change));
      await changed();
    },
    updatePreferences: async (raw) => {
      const change = parseParams('updatePreferences', raw);
      await engine.updatePreferences(
        withoutUndefined({
          notifications:
            change.notifications !== undefined ? withoutUndefined(change.notifications) : undefined,
          journal: change.journal,
          display: change.display,
        }),
      );
      return changed();
    },
    saveFilters: async (raw) => {
      const { filters } = parseParams('saveFilters', raw);
      await engine.updatePreferences({ savedFilters: savedFiltersOf(filters) });
      return changed();
    },
    setStartAtLogin: async (raw) => {
      const { enabled } = parseParams('setStartAtLogin', raw);
      if (context.host !== 'electron' || context.startAtLogin === undefined)
        throw new Error('Start at login is only available in the desktop app.');
      context.startAtLogin.set(enabled);
      return changed();
    },
    startDemo: async (raw) => {
      parseParams('startDemo', raw);
      const existing = engine.settings().accounts.find((a) => a.credentialSource === 'demo');
      if (existing !== undefined) return { profileId: existing.id };
      const backend = await context.ensureDemo();
      const account = demoAccount(backend);
      await engine.saveAccount(account);
      await changed();
      return { profileId: account.id };
    },
  };
}

function toEndpointInput(
  endpoint:
    | { kind: 'region'; accountId: string; regionId: string }
    | { kind: 'url'; url: string; accountId?: string | undefined },
): EndpointInput {
  if (endpoint.kind === 'region') return endpoint;
  return endpoint.accountId !== undefined
    ? { kind: 'url', url: endpoint.url, accountId: endpoint.accountId }
    : { kind: 'url', url: endpoint.url };
}

/** The account's one region, from what the form says; queue flags the user set earlier are kept. */
function toRegion(
  input: Parameters<typeof toEndpointInput>[0],
  accountId: string,
  queues: { name: string; mode: 'watch' | 'consume' }[],
  existing: AccountSettings | undefined,
): RegionSettings {
  const resolved = resolveEndpoint(
    input.kind === 'region'
      ? { kind: 'region', accountId, regionId: input.regionId }
      : { kind: 'url', url: input.url, accountId: input.accountId ?? accountId },
  );
  const before = new Map(
    (existing?.regions ?? []).flatMap((r) => r.queues).map((q) => [q.name, q] as const),
  );
  const regionId = resolved.regionId ?? 'custom';
  return {
    regionId,
    // A region's public endpoint is derived each time; anything else is kept as typed.
    endpoint: input.kind === 'region' ? undefined : resolved.url,
    queues: queues.map((q) => {
      const previous = before.get(q.name);
      return {
        name: q.name,
        mode: q.mode,
        autoDeleteAfterJournal: q.mode === 'consume' && (previous?.autoDeleteAfterJournal ?? false),
        paused: previous?.paused ?? false,
      };
    }),
  };
}

function toImportView(found: ImportedCredential): ImportableCredentialView {
  return {
    source: found.source,
    origin: found.origin,
    accessKeyId: found.display.accessKeyId,
    regionId: found.regionId,
    notes: found.notes,
  };
}
