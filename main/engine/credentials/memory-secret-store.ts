import type { SecretStore } from './secret-store';

/** A SecretStore that lives and dies with this process: "this run only", and a fake for tests. */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: async (key) => secrets.get(key),
    set: async (key, secret) => {
      secrets.set(key, secret);
    },
    delete: async (key) => secrets.delete(key),
  };
}
