// The demo: the project's local MNS server in this process, with realistic VOD/MPS traffic, and
// the account that reads it. Its keys are made up per run and never reach the keychain.
import { randomBytes, randomUUID } from 'node:crypto';

import type { MnsCredentials } from '../../engine/mns/mns-queue-client';
import type { AccountSettings } from '../../engine/settings/settings-schema';
import { createDemoSink, startLocalMns } from '../../local-mns';
import type { LocalMns } from '../../local-mns';
import { DEMO_QUEUES, startDemoTraffic } from '../../local-mns/demo';

/** The region the demo's events claim to come from (its endpoint is the local server). */
export const DEMO_REGION = 'cn-shanghai';

/** A running demo server with traffic. */
export interface DemoBackend {
  url: string;
  accountId: string;
  credentials: MnsCredentials;
  /** The server itself, for tests that check what reached the queue. */
  server: LocalMns;
  stop(): Promise<void>;
}

/** Starts the local MNS server and its demo traffic (speed 1 = real time). */
export async function startDemoBackend(options: { speed?: number } = {}): Promise<DemoBackend> {
  const credentials = {
    accessKeyId: 'MnsWatchDemoKey',
    accessKeySecret: randomBytes(18).toString('base64url'),
  };
  const server = await startLocalMns({ credentials: [credentials] });
  const traffic = startDemoTraffic(createDemoSink(server.store), {
    accountId: server.accountId,
    region: DEMO_REGION,
    ...(options.speed !== undefined ? { speed: options.speed } : {}),
  });
  await traffic.ready;
  return {
    url: server.url,
    accountId: server.accountId,
    credentials,
    server,
    async stop() {
      traffic.stop();
      await server.stop();
    },
  };
}

/** The demo account: one consumed queue (to try Delete, Release, Undo) and one watched queue. */
export function demoAccount(backend: DemoBackend, id: string = randomUUID()): AccountSettings {
  return {
    id,
    name: 'Demo account',
    accountId: backend.accountId,
    accessKeyId: backend.credentials.accessKeyId,
    credentialSource: 'demo',
    regions: [
      {
        regionId: DEMO_REGION,
        endpoint: backend.url,
        queues: [
          { name: DEMO_QUEUES.vod, mode: 'consume', autoDeleteAfterJournal: false, paused: false },
          { name: DEMO_QUEUES.mps, mode: 'watch', autoDeleteAfterJournal: false, paused: false },
        ],
      },
    ],
  };
}

/** The demo account pointed at this run's server (its port changes every run). */
export function repointDemoAccount(
  account: AccountSettings,
  backend: DemoBackend,
): AccountSettings {
  return {
    ...account,
    accountId: backend.accountId,
    accessKeyId: backend.credentials.accessKeyId,
    regions: account.regions.map((region) => ({ ...region, endpoint: backend.url })),
  };
}
