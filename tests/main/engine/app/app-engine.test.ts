import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { startAppEngine } from '../../../../main/engine/app/app-engine';
import type { AppEngine } from '../../../../main/engine/app/app-engine';
import { createMemorySecretStore } from '../../../../main/engine/credentials/memory-secret-store';
import { KeychainUnavailableError } from '../../../../main/engine/credentials/secret-store';
import type { SecretStore } from '../../../../main/engine/credentials/secret-store';
import type { AccountSettings } from '../../../../main/engine/settings/settings-schema';
import { startLocalMns } from '../../../../main/local-mns';
import type { LocalMns } from '../../../../main/local-mns';
import { eventRecorder } from '../feed/feed-kit';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function account(
  mns: LocalMns,
  credentialSource: 'keychain' | 'session' = 'keychain',
): AccountSettings {
  return {
    id: randomUUID(),
    name: 'Production VOD',
    accountId: mns.accountId,
    accessKeyId: mns.accessKeyId,
    credentialSource,
    regions: [
      {
        regionId: 'local',
        endpoint: mns.url,
        queues: [{ name: 'vod', mode: 'consume', autoDeleteAfterJournal: false, paused: false }],
      },
    ],
  };
}

async function start(dataDir: string, secretStore: SecretStore) {
  const recorder = eventRecorder();
  const engine = await startAppEngine({
    dataDir,
    secretStore,
    onEvent: (e) => recorder.onEvent(e),
    home: dataDir,
    env: {},
    peekIntervalMs: 500,
  });
  return { engine, recorder };
}

async function setup(): Promise<{ mns: LocalMns; dataDir: string }> {
  const mns = await startLocalMns({
    queues: ['vod', 'mps'],
    credentials: [{ accessKeyId: 'LTAI5tTestKeyId', accessKeySecret: 'TopSecret-Do-Not-Leak-42' }],
  });
  cleanup.push(() => mns.stop());
  return { mns, dataDir: mkdtempSync(join(tmpdir(), 'app-engine-')) };
}

const stopLater = (engine: AppEngine) => cleanup.push(() => engine.stop());

describe('app engine', () => {
  it('keeps an account across restarts: settings on disk, secret in the keychain, feed restored', async () => {
    const { mns, dataDir } = await setup();
    const keychain = createMemorySecretStore();
    const first = await start(dataDir, keychain);
    const profile = account(mns);
    expect(
      await first.engine.saveAccount(profile, {
        accessKeyId: 'LTAI5tTestKeyId',
        accessKeySecret: 'TopSecret-Do-Not-Leak-42',
      }),
    ).toBe('keychain');
    mns.store.sendMessage('vod', '{"EventType":"FileUploadComplete","VideoId":"v1"}');
    await first.recorder.next((e) => e.type === 'feed');
    await first.engine.stop();

    const second = await start(dataDir, keychain);
    stopLater(second.engine);
    expect(second.engine.settings().accounts.map((a) => a.name)).toEqual(['Production VOD']);
    expect(
      second.engine
        .feed()
        .query()
        .entries.map((e) => e.message.event.keyId),
    ).toEqual(['v1']);
    mns.store.sendMessage('vod', '{"EventType":"FileUploadComplete","VideoId":"v2"}');
    await second.recorder.next(
      (e) => e.type === 'feed' && e.entries.some((x) => x.message.event.keyId === 'v2'),
    );

    for (const file of filesUnder(dataDir)) {
      const bytes = readFileSync(file);
      expect({
        file,
        leaked:
          bytes.includes('TopSecret-Do-Not-Leak-42') ||
          bytes.includes(Buffer.from('TopSecret-Do-Not-Leak-42').toString('base64')),
      }).toEqual({ file, leaked: false });
    }
  });

  it('says precisely when there is no keychain and keeps the secret in memory for this run only', async () => {
    const { mns, dataDir } = await setup();
    const noKeychain: SecretStore = {
      get: () =>
        Promise.reject(
          new KeychainUnavailableError(
            'No keychain service is running (Secret Service over D-Bus).',
            'Cannot autolaunch D-Bus without X11 $DISPLAY',
          ),
        ),
      set: () =>
        Promise.reject(
          new KeychainUnavailableError(
            'No keychain service is running (Secret Service over D-Bus).',
            'Cannot autolaunch D-Bus without X11 $DISPLAY',
          ),
        ),
      delete: () =>
        Promise.reject(
          new KeychainUnavailableError(
            'No keychain service is running (Secret Service over D-Bus).',
            'Cannot autolaunch D-Bus without X11 $DISPLAY',
          ),
        ),
    };
    const { engine, recorder } = await start(dataDir, noKeychain);
    stopLater(engine);
    expect(recorder.events).toContainEqual(
      expect.objectContaining({
        type: 'notice',
        level: 'warning',
        message: expect.stringMatching(/keychain|memory|this run/i),
      }),
    );
    expect(engine.vaultStatus().storage).toBe('memory');
    expect(
      await engine.saveAccount(account(mns, 'session'), {
        accessKeyId: 'LTAI5tTestKeyId',
        accessKeySecret: 'TopSecret-Do-Not-Leak-42',
      }),
    ).toBe('memory');
    mns.store.sendMessage('vod', '{"EventType":"FileUploadComplete","VideoId":"v3"}');
    await recorder.next((e) => e.type === 'feed');
    for (const file of filesUnder(dataDir))
      expect(readFileSync(file).includes('TopSecret-Do-Not-Leak-42')).toBe(false);
  });

  it('lists the queues that exist and tests a connection with a stored account', async () => {
    const { mns, dataDir } = await setup();
    const { engine } = await start(dataDir, createMemorySecretStore());
    stopLater(engine);
    const profile = account(mns);
    await engine.saveAccount(profile, {
      accessKeyId: 'LTAI5tTestKeyId',
      accessKeySecret: 'TopSecret-Do-Not-Leak-42',
    });
    const endpoint = { kind: 'url' as const, url: mns.url, accountId: mns.accountId };
    expect(await engine.listRemoteQueues(endpoint, { profileId: profile.id })).toEqual([
      'mps',
      'vod',
    ]);
    const checks = await engine.testConnection(
      endpoint,
      { accessKeyId: 'LTAI5tTestKeyId', accessKeySecret: 'wrong' },
      'vod',
    );
    expect(checks.at(-1)).toMatchObject({
      step: 'credentials',
      ok: false,
      message: expect.stringContaining('secret does not match'),
    });
    expect(JSON.stringify(checks)).not.toContain('TopSecret');
  });

  it('switches a queue to watch mode, which never leases', async () => {
    const { mns, dataDir } = await setup();
    const { engine, recorder } = await start(dataDir, createMemorySecretStore());
    stopLater(engine);
    const profile = account(mns);
    await engine.saveAccount(profile, {
      accessKeyId: 'LTAI5tTestKeyId',
      accessKeySecret: 'TopSecret-Do-Not-Leak-42',
    });
    await mns.longPolls.waitForParked(1, 'vod');
    await engine.setQueueMode(profile.id, 'local', 'vod', { mode: 'watch' });
    // The consume poller's parked receive was aborted; let the server see the socket close first,
    // or it may hand the next message to the dead request (as real MNS can).
    await mns.audit.waitFor({ operation: 'BatchReceiveMessage', clientClosedEarly: true });
    mns.store.sendMessage('vod', '{"EventType":"FileUploadComplete","VideoId":"w1"}');
    await recorder.next((e) => e.type === 'feed' && e.entries.some((x) => x.state === 'peeked'));
    expect(mns.store.listMessages('vod')[0]?.dequeueCount).toBe(0);
    expect(engine.settings().accounts[0]?.regions[0]?.queues[0]).toMatchObject({
      mode: 'watch',
      autoDeleteAfterJournal: false,
    });
  });

  it('starts with defaults and a specific error when the settings file is corrupt', async () => {
    const { dataDir } = await setup();
    writeFileSync(join(dataDir, 'settings.json'), '{"version": 1, "accounts": [ {"id": 42 ');
    const { engine, recorder } = await start(dataDir, createMemorySecretStore());
    stopLater(engine);
    expect(engine.settings().accounts).toEqual([]);
    expect(recorder.events).toContainEqual(
      expect.objectContaining({
        type: 'notice',
        level: 'error',
        message: expect.stringContaining('Settings could not be read'),
      }),
    );
    expect(readdirSync(dataDir).some((name) => name.includes('corrupt'))).toBe(true);
  });
});
