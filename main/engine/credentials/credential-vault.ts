// AccessKey secrets per account, kept in the OS keychain through the SecretStore port. When the
// keychain cannot be used (no Secret Service, locked, keytar missing) the vault keeps secrets in
// memory for this run only and says so; it never falls back to a file (§4.3 item 2, F23).
import { createMemorySecretStore } from './memory-secret-store';
import { toSecretCredentials } from './secret-credentials';
import type { CredentialInput, SecretCredentials } from './secret-credentials';
import { KeychainUnavailableError } from './secret-store';
import type { SecretStore } from './secret-store';
import { deleteEntry, readEntry, writeEntry } from './vault-entry';

/** Where the vault keeps secrets right now. */
export type CredentialStorage = 'keychain' | 'memory';

/** What the vault can tell the UI about where secrets go, in words. */
export interface VaultStatus {
  storage: CredentialStorage;
  /** False once the keychain has failed; with fallback the storage is then 'memory'. */
  keychainAvailable: boolean;
  /** False until the keychain has been used (or probed) once. */
  checked: boolean;
  /** Where secrets are kept and why, for a banner. */
  reason: string;
  /** The keychain's own error text, for a details disclosure; never contains a secret. */
  detail: string | undefined;
}

/** How `save` should keep one account's credentials. */
export interface SaveOptions {
  /** Keep them in memory for this run only, even when the keychain works (credentialSource 'session'). */
  sessionOnly?: boolean;
}

/** Stores, loads and forgets credentials per settings account id. */
export interface CredentialVault {
  /** Touches the keychain once so the UI can show "secure storage unavailable" at start-up. */
  probe(): Promise<VaultStatus>;
  /** Validates and stores credentials for the account; resolves to where they went. */
  save(
    accountId: string,
    input: CredentialInput,
    options?: SaveOptions,
  ): Promise<CredentialStorage>;
  /** The account's credentials, or undefined when none are stored. */
  load(accountId: string): Promise<SecretCredentials | undefined>;
  /** Forgets the account's credentials everywhere; true when there were some. */
  remove(accountId: string): Promise<boolean>;
  /** The current storage and the reason for it. */
  status(): VaultStatus;
}

/** Vault behaviour when the keychain fails. */
export interface CredentialVaultOptions {
  /** Keep secrets in memory for this run instead of failing with KeychainUnavailableError. */
  fallbackToMemory: boolean;
}

/** A problem with an account id or a stored entry; never contains a secret. */
export class CredentialVaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialVaultError';
  }
}

const KEYCHAIN_REASON = 'AccessKey secrets are stored in the system keychain.';
const ACCOUNT_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// A key nothing is stored under: reading it proves the keychain answers without touching real entries.
const PROBE_KEY = 'mns-watch-keychain-probe';

/** Creates a vault over the keychain port, with an optional "this run only" memory fallback. */
export function createCredentialVault(
  keychain: SecretStore,
  options: CredentialVaultOptions,
): CredentialVault {
  const memory = createMemorySecretStore();
  let state: VaultStatus = {
    storage: 'keychain',
    keychainAvailable: true,
    checked: false,
    reason: KEYCHAIN_REASON,
    detail: undefined,
  };

  // Runs `work` on the keychain unless this run already fell back to memory; a keychain failure
  // switches the rest of the run to memory (when allowed) and answers with `fallback` instead.
  async function onKeychain<T>(work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (state.storage === 'memory') return fallback();
    try {
      const result = await work();
      state = { ...state, checked: true };
      return result;
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError)) throw error;
      state = unavailableState(error, options.fallbackToMemory);
      if (!options.fallbackToMemory) throw error;
      return fallback();
    }
  }

  return {
    async probe() {
      await onKeychain(
        () => keychain.get(PROBE_KEY),
        async () => undefined,
      );
      return state;
    },

    async save(accountId, input, saveOptions = {}) {
      checkAccountId(accountId);
      const credentials = toSecretCredentials(input);
      if (saveOptions.sessionOnly === true) {
        await writeEntry(memory, accountId, credentials);
        // An older keychain copy would outlive the user's choice of "this run only"; removing it
        // is best effort, since the credentials the user asked for are already in place.
        await onKeychain(
          () => deleteEntry(keychain, accountId),
          async () => false,
        ).catch((error: unknown) => {
          if (!(error instanceof KeychainUnavailableError)) throw error;
        });
        return 'memory';
      }
      return onKeychain(
        async (): Promise<CredentialStorage> => {
          await writeEntry(keychain, accountId, credentials);
          await deleteEntry(memory, accountId);
          return 'keychain';
        },
        async (): Promise<CredentialStorage> => {
          await writeEntry(memory, accountId, credentials);
          return 'memory';
        },
      );
    },

    async load(accountId) {
      checkAccountId(accountId);
      const inMemory = await readEntry(memory, accountId, unreadable);
      if (inMemory !== undefined) return inMemory;
      return onKeychain(
        () => readEntry(keychain, accountId, unreadable),
        async () => undefined,
      );
    },

    async remove(accountId) {
      checkAccountId(accountId);
      const fromMemory = await deleteEntry(memory, accountId);
      const fromKeychain = await onKeychain(
        () => deleteEntry(keychain, accountId),
        async () => false,
      );
      return fromMemory || fromKeychain;
    },

    status: () => state,
  };
}

function unavailableState(error: KeychainUnavailableError, fallback: boolean): VaultStatus {
  return {
    storage: fallback ? 'memory' : 'keychain',
    keychainAvailable: false,
    checked: true,
    reason: fallback
      ? `${error.message} Until it works, credentials are kept in memory for this run only: MNS Watch forgets them when it quits, and nothing is written to disk. Restart MNS Watch after fixing the keychain to store them permanently.`
      : error.message,
    detail: error.reason,
  };
}

function checkAccountId(accountId: string): void {
  if (!ACCOUNT_ID.test(accountId)) {
    throw new CredentialVaultError(
      'Credentials are stored per account, and this account id is empty or malformed.',
    );
  }
}

function unreadable(problem: string): never {
  throw new CredentialVaultError(
    `The stored credentials for this account cannot be used (${problem}). Enter them again.`,
  );
}
