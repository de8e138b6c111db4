import { inspect } from 'node:util';

import { describe, expect, it } from 'vitest';

import {
  CredentialVaultError,
  createCredentialVault,
} from '../../../../main/engine/credentials/credential-vault';
import { createMemorySecretStore } from '../../../../main/engine/credentials/memory-secret-store';
import { CredentialInputError } from '../../../../main/engine/credentials/secret-credentials';
import { KeychainUnavailableError } from '../../../../main/engine/credentials/secret-store';
import type { SecretStore } from '../../../../main/engine/credentials/secret-store';

const ACCOUNT = '3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70';
const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE';
const TOKEN = 'CAIS8gF1q6Ft5B2yfSjIr5bSEtXYtrVE0ZWYZxnTkXk5ZvtJl6XGuDz2IHhMenRqAe0ZsvQ=';
const NO_SERVICE =
  'No keychain service is running (Secret Service over D-Bus). Install and start gnome-keyring or KWallet, or keep credentials for this run only.';

/** A SecretStore whose every call fails the way keytar does without a Secret Service. */
function unavailableKeychain(): SecretStore & { calls: string[] } {
  const calls: string[] = [];
  const fail = async (operation: string): Promise<never> => {
    calls.push(operation);
    throw new KeychainUnavailableError(
      NO_SERVICE,
      'The name org.freedesktop.secrets was not provided by any .service files',
    );
  };
  return {
    calls,
    get: () => fail('get'),
    set: () => fail('set'),
    delete: () => fail('delete'),
  };
}

/** An in-memory keychain that records what was written, for inspection. */
function fakeKeychain(): SecretStore & { written: Map<string, string> } {
  const written = new Map<string, string>();
  return {
    written,
    get: async (key) => written.get(key),
    set: async (key, secret) => {
      written.set(key, secret);
    },
    delete: async (key) => written.delete(key),
  };
}

describe('credential vault over a working keychain', () => {
  it('saves, loads and removes credentials per account', async () => {
    const keychain = fakeKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    expect(await vault.load(ACCOUNT)).toBeUndefined();
    expect(await vault.save(ACCOUNT, { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET })).toBe(
      'keychain',
    );
    const loaded = await createCredentialVault(keychain, { fallbackToMemory: true }).load(ACCOUNT);
    expect(loaded?.accessKeyId).toBe('LTAI5tKey');
    expect(loaded?.accessKeySecret).toBe(SECRET);
    expect(loaded?.securityToken).toBeUndefined();
    expect(vault.status()).toMatchObject({
      storage: 'keychain',
      keychainAvailable: true,
      checked: true,
    });
    expect(await vault.remove(ACCOUNT)).toBe(true);
    expect(await vault.remove(ACCOUNT)).toBe(false);
    expect(keychain.written.size).toBe(0);
  });

  it('keeps an STS token with its key, and drops a stale token when a permanent key replaces it', async () => {
    const keychain = fakeKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: false });
    await vault.save(ACCOUNT, {
      accessKeyId: 'STS.NKey',
      accessKeySecret: SECRET,
      securityToken: TOKEN,
    });
    expect((await vault.load(ACCOUNT))?.securityToken).toBe(TOKEN);
    await vault.save(ACCOUNT, { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET });
    expect((await vault.load(ACCOUNT))?.securityToken).toBeUndefined();
    expect([...keychain.written.keys()]).toEqual([ACCOUNT]);
  });

  it('keeps "this run only" credentials out of the keychain, removing an older keychain copy', async () => {
    const keychain = fakeKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    await vault.save(ACCOUNT, { accessKeyId: 'LTAI5tOld', accessKeySecret: 'old-secret' });
    expect(
      await vault.save(
        ACCOUNT,
        { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET },
        { sessionOnly: true },
      ),
    ).toBe('memory');
    expect(keychain.written.size).toBe(0);
    expect((await vault.load(ACCOUNT))?.accessKeyId).toBe('LTAI5tKey');
    expect(
      await createCredentialVault(keychain, { fallbackToMemory: true }).load(ACCOUNT),
    ).toBeUndefined();
  });

  it('explains a damaged or incomplete keychain entry without quoting it', async () => {
    const keychain = fakeKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    keychain.written.set(ACCOUNT, `{"accessKeySecret":"${SECRET}"`);
    const damaged = await vault.load(ACCOUNT).catch((error: unknown) => error);
    expect(damaged).toBeInstanceOf(CredentialVaultError);
    expect(String(damaged)).not.toContain(SECRET);
    expect(inspect(damaged)).not.toContain(SECRET);
    keychain.written.set(
      ACCOUNT,
      JSON.stringify({ v: 1, accessKeyId: 'k', accessKeySecret: SECRET, hasToken: true }),
    );
    await expect(vault.load(ACCOUNT)).rejects.toThrow(
      'The stored credentials for this account cannot be used (the STS token is missing). Enter them again.',
    );
  });

  it('rejects bad input and bad account ids before touching the keychain', async () => {
    const keychain = fakeKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    await expect(
      vault.save(ACCOUNT, { accessKeyId: 'k', accessKeySecret: '' }),
    ).rejects.toBeInstanceOf(CredentialInputError);
    await expect(
      vault.save('', { accessKeyId: 'k', accessKeySecret: SECRET }),
    ).rejects.toBeInstanceOf(CredentialVaultError);
    await expect(vault.load('a/b')).rejects.toBeInstanceOf(CredentialVaultError);
    expect(keychain.written.size).toBe(0);
  });
});

describe('credential vault without a keychain', () => {
  it('falls back to memory for this run, explains why, and writes nothing anywhere', async () => {
    const keychain = unavailableKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    expect(vault.status()).toMatchObject({ storage: 'keychain', checked: false });
    const status = await vault.probe();
    expect(status).toEqual({
      storage: 'memory',
      keychainAvailable: false,
      checked: true,
      reason: `${NO_SERVICE} Until it works, credentials are kept in memory for this run only: MNS Watch forgets them when it quits, and nothing is written to disk. Restart MNS Watch after fixing the keychain to store them permanently.`,
      detail: 'The name org.freedesktop.secrets was not provided by any .service files',
    });
    expect(
      await vault.save(ACCOUNT, {
        accessKeyId: 'LTAI5tKey',
        accessKeySecret: SECRET,
        securityToken: TOKEN,
      }),
    ).toBe('memory');
    const loaded = await vault.load(ACCOUNT);
    expect(loaded?.accessKeySecret).toBe(SECRET);
    expect(loaded?.securityToken).toBe(TOKEN);
    // Once the keychain failed, the rest of the run never calls it again.
    expect(keychain.calls).toEqual(['get']);
    expect(await vault.remove(ACCOUNT)).toBe(true);
    expect(await vault.load(ACCOUNT)).toBeUndefined();
    expect(JSON.stringify(vault.status())).not.toContain(SECRET);
  });

  it('switches to memory on the first failing save, too', async () => {
    const keychain = unavailableKeychain();
    const vault = createCredentialVault(keychain, { fallbackToMemory: true });
    expect(await vault.save(ACCOUNT, { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET })).toBe(
      'memory',
    );
    expect(vault.status().storage).toBe('memory');
    expect((await vault.load(ACCOUNT))?.accessKeySecret).toBe(SECRET);
  });

  it('fails with the plain-words reason when fallback is off', async () => {
    const vault = createCredentialVault(unavailableKeychain(), { fallbackToMemory: false });
    const error = await vault
      .save(ACCOUNT, { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KeychainUnavailableError);
    expect(String(error)).not.toContain(SECRET);
    expect(inspect(error)).not.toContain(SECRET);
    // "This run only" needs no keychain at all, so it works even then.
    expect(
      await vault.save(
        ACCOUNT,
        { accessKeyId: 'LTAI5tKey', accessKeySecret: SECRET },
        { sessionOnly: true },
      ),
    ).toBe('memory');
    expect((await vault.load(ACCOUNT))?.accessKeySecret).toBe(SECRET);
    expect(vault.status()).toMatchObject({
      storage: 'keychain',
      keychainAvailable: false,
      reason: NO_SERVICE,
    });
  });
});

describe('memory secret store', () => {
  it('behaves like the SecretStore port', async () => {
    const store = createMemorySecretStore();
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(await store.delete('k')).toBe(true);
    expect(await store.delete('k')).toBe(false);
  });
});
