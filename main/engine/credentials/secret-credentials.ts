// The one shape credentials travel in once they are inside the main process. The secret and the
// STS token live in private fields behind getters, so JSON.stringify, util.inspect, console.log,
// object spread, Object.keys and structured clone (IPC) all see the AccessKey ID and nothing else.
import { inspect } from 'node:util';

import type { MnsCredentials } from '../mns/mns-queue-client';

/** What a user (or an import) supplies: an AccessKey pair and, for STS credentials, a token. */
export interface CredentialInput {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

/** What `toJSON` and `util.inspect` show instead of the secret. */
export interface RedactedCredentials {
  accessKeyId: string;
  accessKeySecret: '[redacted]';
  securityToken: '[redacted]' | undefined;
}

/** A problem with entered credentials, described without repeating the secret. */
export class CredentialInputError extends Error {
  constructor(
    message: string,
    readonly field: 'accessKeyId' | 'accessKeySecret' | 'securityToken',
  ) {
    super(message);
    this.name = 'CredentialInputError';
  }
}

/** AccessKey credentials that never reveal their secret or token when serialised or printed. */
export class SecretCredentials implements MnsCredentials {
  readonly accessKeyId: string;
  readonly #secret: string;
  readonly #token: string | undefined;

  constructor(input: CredentialInput) {
    this.accessKeyId = input.accessKeyId;
    this.#secret = input.accessKeySecret;
    this.#token = input.securityToken;
  }

  /** The AccessKey secret, for signing requests only. */
  get accessKeySecret(): string {
    return this.#secret;
  }

  /** The STS token, when these are temporary credentials. */
  get securityToken(): string | undefined {
    return this.#token;
  }

  /** The redacted view: safe for logs, IPC and error reports. */
  toJSON(): RedactedCredentials {
    return {
      accessKeyId: this.accessKeyId,
      accessKeySecret: '[redacted]',
      securityToken: this.#token === undefined ? undefined : '[redacted]',
    };
  }

  /** Same as toJSON, so `console.log(credentials)` shows no secret. */
  [inspect.custom](): string {
    return `SecretCredentials ${inspect(this.toJSON())}`;
  }

  /** Never the secret, even through string concatenation. */
  toString(): string {
    return `SecretCredentials(${this.accessKeyId})`;
  }
}

// AccessKey IDs and secrets are printable ASCII without spaces; STS key IDs carry a "STS." prefix.
const KEY_ID = /^[\x21-\x7e]{1,128}$/;
const SECRET = /^[\x21-\x7e]{1,256}$/;
const TOKEN = /^[\x21-\x7e]{1,8192}$/;

/** Checks and trims entered credentials; throws CredentialInputError with words, never the secret. */
export function toSecretCredentials(input: CredentialInput): SecretCredentials {
  const accessKeyId = input.accessKeyId.trim();
  const accessKeySecret = input.accessKeySecret.trim();
  const token = input.securityToken?.trim();
  if (accessKeyId === '') {
    throw new CredentialInputError('Enter the AccessKey ID.', 'accessKeyId');
  }
  if (!KEY_ID.test(accessKeyId)) {
    throw new CredentialInputError(
      'The AccessKey ID contains spaces or characters an AccessKey ID never has; copy it again from the RAM console.',
      'accessKeyId',
    );
  }
  if (accessKeySecret === '') {
    throw new CredentialInputError('Enter the AccessKey secret.', 'accessKeySecret');
  }
  if (!SECRET.test(accessKeySecret)) {
    throw new CredentialInputError(
      'The AccessKey secret contains spaces or characters a secret never has, or is far too long; copy it again.',
      'accessKeySecret',
    );
  }
  if (token !== undefined && token !== '' && !TOKEN.test(token)) {
    throw new CredentialInputError(
      'The STS security token contains spaces or characters a token never has, or is far too long; copy it again.',
      'securityToken',
    );
  }
  return new SecretCredentials({
    accessKeyId,
    accessKeySecret,
    securityToken: token === '' ? undefined : token,
  });
}

/** How a secret is shown: its length only, never a character of it. */
export function describeSecret(secret: string): string {
  return `•••••••• (${secret.length} characters)`;
}

/** `text` with every occurrence of the credentials' secret and token replaced: a last line of defence. */
export function redactSecrets(text: string, credentials: MnsCredentials): string {
  let result = text;
  for (const secret of [credentials.accessKeySecret, credentials.securityToken]) {
    // Very short values would redact ordinary words; real secrets are never that short.
    if (secret !== undefined && secret.length >= 6)
      result = result.split(secret).join('[redacted]');
  }
  return result;
}
