/** Where AccessKey secrets live: the OS keychain in the app, memory when no keychain exists. */
export interface SecretStore {
  /** The secret saved under `key`, or undefined when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Saves or replaces the secret under `key`. */
  set(key: string, secret: string): Promise<void>;
  /** Removes the secret under `key`; true when one existed. */
  delete(key: string): Promise<boolean>;
}

/** The keychain could not be used; the message says why in plain words (never containing a secret). */
export class KeychainUnavailableError extends Error {
  /** The keychain's own error text, for the details disclosure. */
  readonly reason: string;

  constructor(message: string, reason: string) {
    super(message);
    this.reason = reason;
    this.name = 'KeychainUnavailableError';
  }
}
