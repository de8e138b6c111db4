import { deleteMessages } from '../actions/delete-messages';
import { createDeleteScheduler } from '../actions/delete-scheduler';
import { RELEASE_SECONDS, changeLease } from '../actions/lease-actions';
import type { MessageOrigin } from '../events/event-model';
import type { Journal, JournalFilter } from '../journal';
import { resolveEndpoint } from '../mns/endpoint';
import type { MnsEndpoint } from '../mns/endpoint';
import { createMnsQueueClient } from '../mns/mns-queue-client';
import type { MnsCredentials } from '../mns/mns-queue-client';
import type { QueueClient } from '../mns/queue-client';
import type { NotificationPreferences } from '../notifications';
import { createPoller, systemPollerClock } from '../pollers';
import type { Poller, PollerClock, PollerStatus } from '../pollers';
import type { AccountSettings } from '../settings/settings-schema';
import { createAutoDeleter } from './auto-delete';
import type { AutoDeleter } from './auto-delete';
import type { FeedEvent, QueueRef } from './feed-events';
import { queueRefKey } from './feed-events';
import { createNotificationPump } from './notification-pump';
import { entriesFromBatch, hintsOtherConsumer } from './queue-intake';

/** What the feed engine runs on: accounts, their credentials, the journal and a sink for events. */
export interface FeedEngineOptions {
  accounts: readonly AccountSettings[];
  /** The account's credentials, or undefined when none are stored (the queue then waits). */
  credentials: (account: AccountSettings) => Promise<MnsCredentials | undefined>;
  journal: Journal;
  notificationPreferences: () => NotificationPreferences;
  onEvent: (event: FeedEvent) => void;
  clock?: PollerClock;
  clientFactory?: (endpoint: MnsEndpoint, credentials: MnsCredentials) => QueueClient;
  undoWindowMs?: number;
  peekIntervalMs?: number;
}

interface RunningQueue {
  ref: QueueRef;
  mode: 'watch' | 'consume';
  poller: Poller;
  status: PollerStatus;
}

/**
 * Runs one poller per watched queue and puts every message through the same path: classify,
 * journal (on disk) and only then show, notify or auto-delete. Commands act on journaled messages.
 */
export function createFeedEngine(options: FeedEngineOptions) {
  const clock = options.clock ?? systemPollerClock;
  const makeClient =
    options.clientFactory ??
    ((endpoint, credentials) => createMnsQueueClient({ endpoint, credentials }));
  const journal = options.journal;
  const clients = new Map<string, QueueClient>();
  const queues = new Map<string, RunningQueue>();
  // Per consumed queue with auto-delete: deletes run beside the poller, not in front of it.
  const autoDeleters = new Map<string, AutoDeleter>();
  const warnedOtherConsumer = new Set<string>();
  const emit = options.onEvent;
  const pump = createNotificationPump({
    clock,
    preferences: options.notificationPreferences,
    show: (notification) => emit({ type: 'notification', notification }),
  });

  const clientFor = (origin: MessageOrigin): QueueClient => {
    const client = clients.get(`${origin.accountId}/${origin.regionId}`);
    if (client === undefined)
      throw new Error(`No connection for ${origin.accountId} in ${origin.regionId}.`);
    return client;
  };
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => clock.setTimeout(resolve, ms));
  const emitEntries = (ids: string[]): void => {
    const entries = ids.flatMap((id) => journal.get(id) ?? []);
    if (entries.length > 0) emit({ type: 'feed', entries });
  };
  const sendDeletes = async (ids: string[]) => {
    const results = await deleteMessages(ids, journal, clientFor, pause);
    emitEntries(ids);
    return results;
  };
  const scheduler = createDeleteScheduler({
    journal,
    send: sendDeletes,
    onResults: (ticket, results) => {
      emitEntries(results.map((r) => r.id));
      emit({ type: 'action-results', ticket, results });
    },
    now: () => clock.now(),
    timers: clock,
    ...(options.undoWindowMs !== undefined ? { undoWindowMs: options.undoWindowMs } : {}),
  });

  function autoDeleterFor(ref: QueueRef): AutoDeleter {
    const key = queueRefKey(ref);
    let deleter = autoDeleters.get(key);
    if (deleter === undefined) {
      deleter = createAutoDeleter({
        send: sendDeletes,
        timers: clock,
        onError: (error, ids) =>
          emit({
            type: 'notice',
            level: 'error',
            queue: ref,
            message: `Could not auto-delete ${ids.length} message(s) from "${ref.queue}": ${error instanceof Error ? error.message : String(error)}. They stay leased and are delivered again when their lease runs out.`,
          }),
      });
      autoDeleters.set(key, deleter);
    }
    return deleter;
  }

  async function intake(
    ref: QueueRef,
    autoDelete: boolean,
    batch: Parameters<typeof entriesFromBatch>[0],
  ): Promise<void> {
    const origin = { accountId: ref.accountId, regionId: ref.regionId, queue: ref.queue };
    // On disk before anything else happens to these messages.
    const stored = await journal.upsert(entriesFromBatch(batch, origin, clock.now()));
    emit({ type: 'feed', entries: stored });
    const key = queueRefKey(ref);
    if (!warnedOtherConsumer.has(key) && stored.some(hintsOtherConsumer)) {
      warnedOtherConsumer.add(key);
      emit({
        type: 'notice',
        level: 'warning',
        queue: ref,
        message: `Messages in "${ref.queue}" had been received before MNS Watch saw them: another consumer may be reading this queue, and messages MNS Watch holds are hidden from it until released or deleted.`,
      });
    }
    pump.offer(stored);
    if (autoDelete) {
      // Only once on disk; the next receive need not wait for the delete (rules 1 and 13 hold:
      // one receive in flight, and deletes keep their own retry policy).
      const leased = stored.filter((e) => e.state === 'leased').map((e) => e.id);
      await autoDeleterFor(ref).enqueue(leased);
    }
  }

  function onStatus(ref: QueueRef, status: PollerStatus): void {
    const running = queues.get(queueRefKey(ref));
    if (running === undefined) return;
    running.status = status;
    emit({ type: 'status', queue: ref, mode: running.mode, status });
    if (status.state === 'auth-error') {
      // Credentials are per account: its other queues would only fail the same way (rule 7).
      for (const other of queues.values())
        if (other.ref.profileId === ref.profileId && other !== running) other.poller.pause();
    }
  }

  async function connect(
    account: AccountSettings,
    regionId: string,
    endpointUrl: string | undefined,
  ): Promise<QueueClient | undefined> {
    const ref: QueueRef = {
      profileId: account.id,
      accountId: account.accountId,
      regionId,
      queue: '',
    };
    let endpoint: MnsEndpoint;
    try {
      endpoint = resolveEndpoint(
        endpointUrl !== undefined
          ? { kind: 'url', url: endpointUrl, accountId: account.accountId }
          : { kind: 'region', accountId: account.accountId, regionId },
      );
    } catch (error) {
      emit({
        type: 'notice',
        level: 'error',
        queue: ref,
        message: `${account.name}: ${error instanceof Error ? error.message : String(error)}`,
      });
      return undefined;
    }
    const credentials = await options.credentials(account);
    if (credentials === undefined) {
      emit({
        type: 'notice',
        level: 'error',
        queue: ref,
        message: `${account.name}: no AccessKey is stored for this account. Enter it to start watching its queues.`,
      });
      return undefined;
    }
    const client = makeClient(endpoint, credentials);
    const key = `${account.accountId}/${regionId}`;
    // A replaced client (new credentials) would otherwise keep its pooled sockets open.
    clients.get(key)?.dropConnections();
    clients.set(key, client);
    return client;
  }

  return {
    /** Connects every account and starts a poller for each queue that is not paused. */
    async start(): Promise<void> {
      for (const account of options.accounts) {
        for (const region of account.regions) {
          const client = await connect(account, region.regionId, region.endpoint);
          if (client === undefined) continue;
          for (const queue of region.queues) {
            const ref: QueueRef = {
              profileId: account.id,
              accountId: account.accountId,
              regionId: region.regionId,
              queue: queue.name,
            };
            const common = {
              client,
              queue: queue.name,
              clock,
              onStatus: (status: PollerStatus) => onStatus(ref, status),
            };
            const poller =
              queue.mode === 'consume'
                ? createPoller({
                    ...common,
                    mode: 'consume',
                    onMessages: (batch) => intake(ref, queue.autoDeleteAfterJournal, batch),
                  })
                : createPoller({
                    ...common,
                    mode: 'watch',
                    onMessages: (batch) => intake(ref, false, batch),
                    ...(options.peekIntervalMs !== undefined
                      ? { options: { peekIntervalMs: options.peekIntervalMs } }
                      : {}),
                  });
            queues.set(queueRefKey(ref), {
              ref,
              mode: queue.mode,
              poller,
              status: poller.status(),
            });
            if (queue.paused) poller.pause();
            poller.start();
          }
        }
      }
    },

    /** Stops every poller promptly; deletes still in their undo window are sent (the user asked). */
    async stop(): Promise<void> {
      pump.stop();
      await Promise.all([...queues.values()].map((q) => q.poller.stop()));
      // Journaled messages queued for auto-delete are deleted before the sockets go.
      await Promise.all([...autoDeleters.values()].map((d) => d.drain()));
      await scheduler.flush();
      for (const client of clients.values()) client.dropConnections();
    },

    /** Filters and pages the feed from the journal. */
    query: (filter?: JournalFilter) => journal.query(filter),
    /** The in-memory (slim) entry: state and lease, without the heavy parts. */
    getSlim: (id: string) => journal.get(id),
    /** The complete entry, with raw XML and body. */
    getEntry: (id: string) => journal.getFull(id),
    /** Schedules a delete (undoable until it is sent). */
    deleteMessages: (ids: string[]) =>
      scheduler.schedule(ids).then((pending) => (emitEntries(ids), pending)),
    /** Cancels a delete still in its undo window. */
    undoDelete: (ticket: string) => scheduler.undo(ticket),
    /** Makes a leased message visible to other consumers again (visibility 1 s). */
    releaseMessage: async (id: string) => {
      const result = await changeLease(id, RELEASE_SECONDS, journal, clientFor);
      emitEntries([id]);
      return result;
    },
    /** Keeps a leased message hidden for `seconds` more. */
    extendLease: async (id: string, seconds: number) => {
      const result = await changeLease(id, seconds, journal, clientFor);
      emitEntries([id]);
      return result;
    },
    /** Every queue's current poller status. */
    statuses: () =>
      [...queues.values()].map(({ ref, mode, status }) => ({ queue: ref, mode, status })),
    /** Pauses or resumes one queue (by queueRefKey) or, without a key, all of them. */
    pause: (key?: string) => forEachQueue(key, (q) => q.poller.pause()),
    resume: (key?: string) => forEachQueue(key, (q) => q.poller.resume()),
    /** Leaves a halted state (queue missing, clock error) and polls at once. */
    retry: (key?: string) => forEachQueue(key, (q) => q.poller.retry()),
    /** The OS says the network came or went. */
    setOnline: (online: boolean) => forEachQueue(undefined, (q) => q.poller.setOnline(online)),
    /** The computer is going to sleep / woke up. */
    suspend: () => forEachQueue(undefined, (q) => q.poller.suspend()),
    resumeFromSleep: () => forEachQueue(undefined, (q) => q.poller.resumeFromSleep()),
    /** New credentials for an account: reconnect its regions and restart its halted queues. */
    async credentialsChanged(profileId: string): Promise<void> {
      const account = options.accounts.find((a) => a.id === profileId);
      if (account === undefined) return;
      for (const region of account.regions) {
        const client = await connect(account, region.regionId, region.endpoint);
        if (client === undefined) continue;
        for (const q of queues.values()) {
          if (q.ref.profileId !== profileId || q.ref.regionId !== region.regionId) continue;
          q.poller.credentialsChanged(client);
          q.poller.resume();
        }
      }
    },
  };

  function forEachQueue(key: string | undefined, act: (queue: RunningQueue) => void): void {
    for (const [k, q] of queues) if (key === undefined || k === key) act(q);
  }
}

/** The engine's command surface. */
export type FeedEngine = ReturnType<typeof createFeedEngine>;
