// `npm start -- --terminal`: the real engine in the terminal, against the local MNS server with
// demo traffic: one queue consumed (journaled, then deleted), one watched (peek only).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createFeedEngine } from '../../engine/feed/feed-engine';
import { openJournal } from '../../engine/journal';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../../engine/notifications';
import { createDemoSink, startLocalMns } from '../../local-mns';
import { DEMO_QUEUES, startDemoTraffic } from '../../local-mns/demo';
import { tailLine } from './tail-output';

/** Runs the demo feed in the terminal until Ctrl+C. */
export async function runTerminalDemo(): Promise<void> {
  const server = await startLocalMns({});
  const demo = startDemoTraffic(createDemoSink(server.store), {
    accountId: server.accountId,
    region: 'cn-shanghai',
  });
  await demo.ready;
  const journalDir = mkdtempSync(join(tmpdir(), 'mns-watch-demo-'));
  const journal = await openJournal({
    dir: journalDir,
    retention: { maxEntries: 10_000, maxAgeDays: 1 },
  });
  const printed = new Set<string>();
  const engine = createFeedEngine({
    accounts: [
      {
        id: randomUUID(),
        name: 'Demo account',
        accountId: server.accountId,
        accessKeyId: server.accessKeyId,
        credentialSource: 'demo',
        regions: [
          {
            regionId: 'local',
            endpoint: server.url,
            queues: [
              {
                name: DEMO_QUEUES.vod,
                mode: 'consume',
                autoDeleteAfterJournal: true,
                paused: false,
              },
              {
                name: DEMO_QUEUES.mps,
                mode: 'watch',
                autoDeleteAfterJournal: false,
                paused: false,
              },
            ],
          },
        ],
      },
    ],
    // Throwaway keys of the in-process demo server: never the keychain.
    credentials: async () => ({
      accessKeyId: server.accessKeyId,
      accessKeySecret: server.accessKeySecret,
    }),
    journal,
    notificationPreferences: () => DEFAULT_NOTIFICATION_PREFERENCES,
    peekIntervalMs: 2_000,
    onEvent: (event) => {
      if (event.type === 'feed') {
        for (const entry of event.entries) {
          if (printed.has(entry.id)) continue;
          printed.add(entry.id);
          console.log(tailLine(entry, false));
        }
      } else if (event.type === 'notification') {
        console.log(
          `   🔔 ${event.notification.title}${event.notification.body !== '' ? ` — ${event.notification.body.split('\n')[0] ?? ''}` : ''}`,
        );
      } else if (event.type === 'notice') {
        console.error(event.message);
      }
    },
  });

  console.log('MNS Watch — the engine in the terminal, with demo traffic');
  console.log(
    `Local MNS server ${server.url} (account ${server.accountId}) with demo VOD/MPS traffic.`,
  );
  console.log(`${DEMO_QUEUES.vod}: consumed — each message is journaled, shown, then deleted.`);
  console.log(
    `${DEMO_QUEUES.mps}: watched — peeked only, never changed. 🔔 lines are the notifications a desktop would show.`,
  );
  console.log('Press Ctrl+C to stop.\n');
  await engine.start();

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  demo.stop();
  await engine.stop();
  await journal.close();
  await server.stop();
  rmSync(journalDir, { recursive: true, force: true });
}
