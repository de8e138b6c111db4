// `npm run -s cli -- tail …`: the engine in a terminal. Watches or consumes queues, journals every
// message, prints each new one (human line or JSON), and stops cleanly on Ctrl-C.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { createCredentialVault } from '../../engine/credentials/credential-vault';
import { parseEnvCredentials } from '../../engine/credentials/env-credentials';
import { createKeytarSecretStore } from '../../engine/credentials/keytar-secret-store';
import { createFeedEngine } from '../../engine/feed/feed-engine';
import { openJournal } from '../../engine/journal';
import { EndpointError, resolveEndpoint } from '../../engine/mns/endpoint';
import type { MnsCredentials } from '../../engine/mns/mns-queue-client';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../../engine/notifications';
import { defaultDataFolder } from '../../engine/settings/default-data-folder';
import { loadSettings, settingsFilePath } from '../../engine/settings/settings-file';
import type { AccountSettings } from '../../engine/settings/settings-schema';
import { TAIL_USAGE, parseTailArgs } from './tail-args';
import { tailLine } from './tail-output';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'tail') {
    console.error(
      `cli: ${command === undefined ? 'no command' : `unknown command "${command}"`}\n\n${TAIL_USAGE}`,
    );
    return 2;
  }
  const parsed = parseTailArgs(rest);
  if (!parsed.ok) {
    console.error(`cli tail: ${parsed.error}\n\n${TAIL_USAGE}`);
    return 2;
  }
  const args = parsed.args;
  let regionId: string;
  try {
    regionId =
      resolveEndpoint({ kind: 'url', url: args.endpoint, accountId: args.accountId }).regionId ??
      'custom';
  } catch (error) {
    console.error(`cli tail: ${error instanceof EndpointError ? error.message : String(error)}`);
    return 2;
  }
  const dataDir = args.dataDir ?? defaultDataFolder(process.platform, process.env, homedir());
  const credentials = await findCredentials(args.accountId, dataDir);
  if (credentials === undefined) {
    console.error(
      'cli tail: no AccessKey found. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or save this account in MNS Watch first.',
    );
    return 2;
  }

  const journal = await openJournal({
    dir: join(dataDir, 'cli-journal'),
    retention: { maxEntries: 100_000, maxAgeDays: 30 },
  });
  const account: AccountSettings = {
    id: randomUUID(),
    name: `account ${args.accountId}`,
    accountId: args.accountId,
    accessKeyId: credentials.accessKeyId,
    credentialSource: 'session',
    regions: [
      {
        regionId,
        endpoint: args.endpoint,
        queues: args.queues.map((name) => ({
          name,
          mode: args.mode,
          autoDeleteAfterJournal: args.deleteAfter,
          paused: false,
        })),
      },
    ],
  };
  const printed = new Set<string>();
  const engine = createFeedEngine({
    accounts: [account],
    credentials: async () => credentials,
    journal,
    notificationPreferences: () => DEFAULT_NOTIFICATION_PREFERENCES,
    onEvent: (event) => {
      if (event.type === 'feed') {
        for (const entry of event.entries) {
          // Each message once, however often it is delivered or changes state.
          if (printed.has(entry.id)) continue;
          printed.add(entry.id);
          void engine
            .getEntry(entry.id)
            .then((full) => console.log(tailLine(full ?? entry, args.json)));
        }
      } else if (
        event.type === 'status' &&
        event.status.lastError !== undefined &&
        event.status.state !== 'polling'
      ) {
        console.error(`${event.queue.queue}: ${event.status.lastError.message}`);
      } else if (event.type === 'notice') {
        console.error(event.message);
      }
    },
  });
  console.error(
    `${args.mode === 'watch' ? 'Watching (peek only)' : 'Consuming'} ${args.queues.join(', ')} at ${args.endpoint}. Ctrl-C to stop.`,
  );
  await engine.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await engine.stop();
  await journal.close();
  return 0;
}

async function findCredentials(
  accountId: string,
  dataDir: string,
): Promise<MnsCredentials | undefined> {
  const fromEnv = parseEnvCredentials(process.env).found;
  if (fromEnv !== undefined) return fromEnv.credentials;
  const { settings } = await loadSettings(settingsFilePath(dataDir));
  const account = settings.accounts.find(
    (a) => a.accountId === accountId && a.credentialSource === 'keychain',
  );
  if (account === undefined) return undefined;
  const vault = createCredentialVault(createKeytarSecretStore('mns-watch'), {
    fallbackToMemory: false,
  });
  try {
    return await vault.load(account.id);
  } catch (error) {
    console.error(`cli tail: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cli: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
