import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FeedEvent } from '../../../../main/engine/feed/feed-events';
import { openJournal } from '../../../../main/engine/journal';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../../../../main/engine/notifications';
import type { AccountSettings } from '../../../../main/engine/settings/settings-schema';
import type { LocalMns } from '../../../../main/local-mns';

/** A settings account pointing at a local MNS server. */
export function localAccount(
  mns: LocalMns,
  queues: {
    name: string;
    mode: 'watch' | 'consume';
    autoDeleteAfterJournal?: boolean;
    paused?: boolean;
  }[],
): AccountSettings {
  return {
    id: randomUUID(),
    name: 'Local test account',
    accountId: mns.accountId,
    accessKeyId: mns.accessKeyId,
    credentialSource: 'session',
    regions: [
      {
        regionId: 'local',
        endpoint: mns.url,
        queues: queues.map((q) => ({ autoDeleteAfterJournal: false, paused: false, ...q })),
      },
    ],
  };
}

/** A fresh journal in a temp folder. */
export async function tempJournal(dir = mkdtempSync(join(tmpdir(), 'feed-journal-'))) {
  return {
    dir,
    journal: await openJournal({ dir, retention: { maxEntries: 100_000, maxAgeDays: 30 } }),
  };
}

/** Collects engine events and lets tests wait for one that matches. */
export function eventRecorder() {
  const events: FeedEvent[] = [];
  const waiters: { match: (e: FeedEvent) => boolean; resolve: (e: FeedEvent) => void }[] = [];
  return {
    events,
    onEvent(event: FeedEvent): void {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (waiter.match(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    },
    next(match: (e: FeedEvent) => boolean, timeoutMs = 10_000): Promise<FeedEvent> {
      const seen = events.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('timed out waiting for an engine event')),
          timeoutMs,
        );
        waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
  };
}

/** Notification preferences as a user leaves them. */
export const defaultPreferences = () => DEFAULT_NOTIFICATION_PREFERENCES;
