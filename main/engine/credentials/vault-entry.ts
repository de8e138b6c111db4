// How one account's credentials are laid out in a SecretStore. The STS token gets its own entry:
// Windows Credential Manager caps one secret at 2560 bytes and STS tokens alone can exceed 1 KB.
// The main entry is written last and names whether a token belongs to it, so a half-finished
// save is never mistaken for complete credentials.
import { SecretCredentials } from './secret-credentials';
import type { SecretStore } from './secret-store';

interface StoredEntry {
  v: 1;
  accessKeyId: string;
  accessKeySecret: string;
  hasToken: boolean;
}

const tokenKey = (accountId: string): string => `${accountId}/security-token`;

/** Writes the account's credentials: token first, then the entry that makes them complete. */
export async function writeEntry(
  store: SecretStore,
  accountId: string,
  credentials: SecretCredentials,
): Promise<void> {
  const token = credentials.securityToken;
  if (token !== undefined) await store.set(tokenKey(accountId), token);
  const entry: StoredEntry = {
    v: 1,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    hasToken: token !== undefined,
  };
  await store.set(accountId, JSON.stringify(entry));
  // A token left from earlier STS credentials would be sent with a permanent key and break it.
  if (token === undefined) await store.delete(tokenKey(accountId));
}

/** Reads the account's credentials; calls `unreadable` (which throws) for a damaged entry. */
export async function readEntry(
  store: SecretStore,
  accountId: string,
  unreadable: (problem: string) => never,
): Promise<SecretCredentials | undefined> {
  const raw = await store.get(accountId);
  if (raw === undefined) return undefined;
  const entry =
    parseEntry(raw) ?? unreadable('the keychain entry is not in the format MNS Watch writes');
  if (!entry.hasToken) {
    return new SecretCredentials({
      accessKeyId: entry.accessKeyId,
      accessKeySecret: entry.accessKeySecret,
    });
  }
  const token = (await store.get(tokenKey(accountId))) ?? unreadable('the STS token is missing');
  return new SecretCredentials({
    accessKeyId: entry.accessKeyId,
    accessKeySecret: entry.accessKeySecret,
    securityToken: token,
  });
}

/** Removes the account's entries; true when the main entry existed. */
export async function deleteEntry(store: SecretStore, accountId: string): Promise<boolean> {
  const existed = await store.delete(accountId);
  await store.delete(tokenKey(accountId));
  return existed;
}

// No SyntaxError escapes from here: its message quotes the text being parsed, i.e. the secret.
function parseEntry(raw: string): StoredEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, accessKeyId, accessKeySecret, hasToken } = value as Record<string, unknown>;
  if (v !== 1 || typeof accessKeyId !== 'string' || typeof accessKeySecret !== 'string') {
    return undefined;
  }
  if (typeof hasToken !== 'boolean') return undefined;
  return { v, accessKeyId, accessKeySecret, hasToken };
}
