// The one file that imports keytar.
import type * as KeytarModule from 'keytar';

import { KeychainUnavailableError } from './secret-store';
import type { SecretStore } from './secret-store';

type Keytar = typeof KeytarModule;

/** Creates a SecretStore over the OS keychain (Keychain, Credential Manager, Secret Service). */
export function createKeytarSecretStore(service: string): SecretStore {
  // Loaded on first use: keytar is a native module that may be missing (it is an optional
  // dependency), and its absence must be an explained state, not a crash at start-up.
  let loaded: Promise<Keytar> | undefined;
  const keytar = (): Promise<Keytar> =>
    (loaded ??= import('keytar').then((m) => ('default' in m ? m.default : m) as Keytar));
  return {
    get: (key) =>
      guard(async () => (await (await keytar()).getPassword(service, key)) ?? undefined),
    set: (key, secret) => guard(async () => (await keytar()).setPassword(service, key, secret)),
    delete: (key) => guard(async () => (await keytar()).deletePassword(service, key)),
  };
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KeychainUnavailableError(explain(reason), reason);
  }
}

function explain(reason: string): string {
  if (/Cannot find module|keytar\.node|libsecret/i.test(reason)) {
    return 'The keychain module (keytar) is not installed for this platform, so secrets cannot be stored in the OS keychain.';
  }
  if (/D-Bus|DBUS|org\.freedesktop/i.test(reason)) {
    return 'No keychain service is running (Secret Service over D-Bus). Install and start gnome-keyring or KWallet, or keep credentials for this run only.';
  }
  if (/locked collection|prompt|dismissed/i.test(reason)) {
    return 'The keychain is locked. Unlock it (log in to your desktop keyring) and try again.';
  }
  return `The keychain refused the request: ${reason}`;
}
