import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCredentialVault } from '../../../../main/engine/credentials/credential-vault';
import type { CredentialVault } from '../../../../main/engine/credentials/credential-vault';
import { createKeytarSecretStore } from '../../../../main/engine/credentials/keytar-secret-store';
import { KeychainUnavailableError } from '../../../../main/engine/credentials/secret-store';
import {
  loadSettings,
  saveSettings,
  settingsFilePath,
} from '../../../../main/engine/settings/settings-file';
import { defaultSettings } from '../../../../main/engine/settings/settings-schema';
import type { Settings } from '../../../../main/engine/settings/settings-schema';

// Like keytar-secret-store.test.ts: only inside npm test's private D-Bus session and throwaway
// gnome-keyring, signalled by MNS_WATCH_TEST_KEYRING; the real keychain is not ours to write to.
const keyring = process.env.MNS_WATCH_TEST_KEYRING === '1';

let dataFolder: string;
beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'mns-watch-data-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

function settingsFor(id: string, accessKeyId: string): Settings {
  return {
    ...defaultSettings(),
    accounts: [
      {
        id,
        name: 'Keychain test',
        accountId: '1234567890123456',
        accessKeyId,
        credentialSource: 'keychain',
        regions: [
          {
            regionId: 'cn-hangzhou',
            queues: [{ name: 'jobs', mode: 'watch', autoDeleteAfterJournal: false, paused: false }],
          },
        ],
      },
    ],
  };
}

/** Every file under `folder`, recursively. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Fails if any file holds the value as text, UTF-16 or Base64. */
async function expectNowhereOnDisk(values: string[]): Promise<void> {
  const files = await filesIn(dataFolder);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = await readFile(file);
    for (const value of values) {
      for (const encoded of [
        Buffer.from(value, 'utf8'),
        Buffer.from(value, 'utf16le'),
        Buffer.from(Buffer.from(value).toString('base64')),
      ]) {
        expect(bytes.includes(encoded), `${file} contains a secret`).toBe(false);
      }
    }
  }
}

async function saveEverything(vault: CredentialVault, id: string, secret: string, token: string) {
  const storage = await vault.save(id, {
    accessKeyId: 'STS.NKeychainTest',
    accessKeySecret: secret,
    securityToken: token,
  });
  const path = settingsFilePath(dataFolder);
  await saveSettings(path, settingsFor(id, 'STS.NKeychainTest'));
  expect((await loadSettings(path)).settings.accounts[0]?.id).toBe(id);
  return storage;
}

describe.skipIf(!keyring)('credential vault on a real gnome-keyring', () => {
  const service = `mns-watch-test-${randomUUID()}`;
  const cleanup: string[] = [];
  afterEach(async () => {
    const vault = createCredentialVault(createKeytarSecretStore(service), {
      fallbackToMemory: false,
    });
    for (const id of cleanup.splice(0)) await vault.remove(id);
  });

  it('keeps the secret in the keychain, readable by a fresh vault, and out of the data folder', async () => {
    const id = randomUUID();
    cleanup.push(id);
    const secret = `Secret${randomUUID().replaceAll('-', '')}`;
    const token = `CAIS${randomUUID().replaceAll('-', '')}${randomUUID().replaceAll('-', '')}`;
    const vault = createCredentialVault(createKeytarSecretStore(service), {
      fallbackToMemory: true,
    });
    expect((await vault.probe()).storage).toBe('keychain');
    expect(await saveEverything(vault, id, secret, token)).toBe('keychain');

    const fresh = createCredentialVault(createKeytarSecretStore(service), {
      fallbackToMemory: false,
    });
    const loaded = await fresh.load(id);
    expect(loaded?.accessKeyId).toBe('STS.NKeychainTest');
    expect(loaded?.accessKeySecret).toBe(secret);
    expect(loaded?.securityToken).toBe(token);
    expect(fresh.status()).toMatchObject({ storage: 'keychain', keychainAvailable: true });
    // The keychain entry itself holds the secret: it really went there, not to memory.
    expect(await createKeytarSecretStore(service).get(id)).toContain(secret);

    await expectNowhereOnDisk([secret, token]);
    expect(await fresh.remove(id)).toBe(true);
    expect(await fresh.load(id)).toBeUndefined();
  });
});

describe('credential vault without any keychain (F23)', () => {
  it('keeps the secret in memory only: nothing in the data folder holds it', async () => {
    const unavailable = async (): Promise<never> => {
      throw new KeychainUnavailableError(
        'No keychain service is running (Secret Service over D-Bus).',
        'The name org.freedesktop.secrets was not provided by any .service files',
      );
    };
    const vault = createCredentialVault(
      { get: unavailable, set: unavailable, delete: unavailable },
      { fallbackToMemory: true },
    );
    const id = randomUUID();
    const secret = `Secret${randomUUID().replaceAll('-', '')}`;
    const token = `CAIS${randomUUID().replaceAll('-', '')}`;
    expect(await saveEverything(vault, id, secret, token)).toBe('memory');
    expect((await vault.load(id))?.accessKeySecret).toBe(secret);
    expect(vault.status().storage).toBe('memory');
    await expectNowhereOnDisk([secret, token]);
  });
});
