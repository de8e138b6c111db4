// Defence in depth: settings.json must never hold a secret, whatever a caller passes in. This looks
// at key names only (values cannot be told apart from ids reliably), everywhere in the document,
// saved filter objects included.
import { formatPath } from './settings-issues';

// Matched against the key lowercased with separators removed: accessKeySecret, access_key_secret,
// sts_token, securityToken, password, passphrase, privateKey, apiKey, authorization…
const SECRET_KEY =
  /secret|passw(?:or)?d|passphrase|privatekey|token$|^token|apikey|authorization|credentials?$/;

const MAX_DEPTH = 64;

/** Paths (settings.accounts[0].accessKeySecret) of every key that looks like it holds a secret. */
export function findSecretFields(value: unknown): string[] {
  const found: string[] = [];
  walk(value, [], found, new WeakSet());
  return found;
}

function walk(value: unknown, path: PropertyKey[], found: string[], seen: WeakSet<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  if (path.length > MAX_DEPTH) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], found, seen));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_KEY.test(key.toLowerCase().replace(/[^a-z0-9]/g, ''))) {
      found.push(formatPath([...path, key]));
    }
    walk(child, [...path, key], found, seen);
  }
}
