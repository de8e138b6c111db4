import { randomUUID } from 'node:crypto';

import { afterEach, describe, expect, it } from 'vitest';

import { createKeytarSecretStore } from '../../../../main/engine/credentials/keytar-secret-store';

// npm test runs this inside a private D-Bus session with a throwaway unlocked gnome-keyring and sets
// MNS_WATCH_TEST_KEYRING; anywhere else the real keychain is not ours to write to.
const keyring = process.env.MNS_WATCH_TEST_KEYRING === '1';
if (!keyring)
  console.log(
    '[keyring] skipping keychain tests: run them through `npm test`, which starts a private keyring',
  );

describe.skipIf(!keyring)('keytar secret store against a real gnome-keyring', () => {
  const service = `mns-watch-test-${randomUUID()}`;
  const store = createKeytarSecretStore(service);
  const cleanup: string[] = [];
  afterEach(async () => {
    for (const key of cleanup.splice(0)) await store.delete(key);
  });

  it('keeps a secret and gives it back, and forgets it on delete', async () => {
    const key = 'account-1/LTAI5tExampleKeyId';
    cleanup.push(key);
    expect(await store.get(key)).toBeUndefined();
    await store.set(key, 's3cr3t/with+symbols=');
    expect(await store.get(key)).toBe('s3cr3t/with+symbols=');
    expect(await store.delete(key)).toBe(true);
    expect(await store.get(key)).toBeUndefined();
    expect(await store.delete(key)).toBe(false);
  });

  it('replaces a secret in place and keeps services apart', async () => {
    const key = 'account-2/LTAI5tOther';
    cleanup.push(key);
    const other = createKeytarSecretStore(`${service}-other`);
    await store.set(key, 'first');
    await store.set(key, 'second');
    expect(await store.get(key)).toBe('second');
    expect(await other.get(key)).toBeUndefined();
  });
});
