import { inspect } from 'node:util';

import { describe, expect, it } from 'vitest';

import {
  CredentialInputError,
  SecretCredentials,
  describeSecret,
  redactSecrets,
  toSecretCredentials,
} from '../../../../main/engine/credentials/secret-credentials';

const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE';
const TOKEN = 'CAIS8gF1q6Ft5B2yfSjIr5bSEtXYtrVE0ZWYZxnTkXk5ZvtJl6XGuDz2IHhMenRqAe0ZsvQ=';

function errorOf(work: () => unknown): CredentialInputError {
  try {
    work();
  } catch (error) {
    if (error instanceof CredentialInputError) return error;
    throw error;
  }
  throw new Error('expected a CredentialInputError');
}

describe('SecretCredentials', () => {
  const credentials = new SecretCredentials({
    accessKeyId: 'STS.NTestKeyId',
    accessKeySecret: SECRET,
    securityToken: TOKEN,
  });

  it('gives the secret and token to whoever signs requests', () => {
    expect(credentials.accessKeySecret).toBe(SECRET);
    expect(credentials.securityToken).toBe(TOKEN);
  });

  it('never shows them through JSON, inspect, spread, keys, strings or structured clone', () => {
    const views = [
      JSON.stringify(credentials),
      JSON.stringify({ nested: { credentials } }),
      inspect(credentials),
      inspect({ nested: [credentials] }, { depth: 10, showHidden: true }),
      JSON.stringify({ ...credentials }),
      Object.keys(credentials).join(','),
      String(credentials),
      `${credentials}`,
      JSON.stringify(structuredClone(credentials)),
    ];
    for (const view of views) {
      expect(view).not.toContain(SECRET);
      expect(view).not.toContain(TOKEN);
    }
    expect(JSON.parse(JSON.stringify(credentials))).toEqual({
      accessKeyId: 'STS.NTestKeyId',
      accessKeySecret: '[redacted]',
      securityToken: '[redacted]',
    });
    expect(inspect(credentials)).toContain("accessKeyId: 'STS.NTestKeyId'");
  });
});

describe('toSecretCredentials', () => {
  it('trims what was pasted and drops an empty token', () => {
    const credentials = toSecretCredentials({
      accessKeyId: '  LTAI5tKey \n',
      accessKeySecret: `\t${SECRET} `,
      securityToken: '  ',
    });
    expect(credentials.accessKeyId).toBe('LTAI5tKey');
    expect(credentials.accessKeySecret).toBe(SECRET);
    expect(credentials.securityToken).toBeUndefined();
  });

  it('explains bad input without repeating the secret', () => {
    expect(
      errorOf(() => toSecretCredentials({ accessKeyId: '', accessKeySecret: SECRET })).field,
    ).toBe('accessKeyId');
    const spaced = errorOf(() =>
      toSecretCredentials({ accessKeyId: 'LTAI5t', accessKeySecret: `${SECRET} extra` }),
    );
    expect(spaced.field).toBe('accessKeySecret');
    expect(spaced.message).not.toContain(SECRET);
    expect(
      errorOf(() => toSecretCredentials({ accessKeyId: 'LTAI5t', accessKeySecret: ' ' })).message,
    ).toBe('Enter the AccessKey secret.');
    const token = errorOf(() =>
      toSecretCredentials({ accessKeyId: 'a', accessKeySecret: SECRET, securityToken: 'a b' }),
    );
    expect(token.field).toBe('securityToken');
  });
});

describe('redaction helpers', () => {
  it('describes a secret by its length only', () => {
    expect(describeSecret(SECRET)).toBe(`•••••••• (${SECRET.length} characters)`);
  });

  it('scrubs the secret and token out of any text', () => {
    const credentials = new SecretCredentials({
      accessKeyId: 'id',
      accessKeySecret: SECRET,
      securityToken: TOKEN,
    });
    expect(redactSecrets(`a ${SECRET} b ${TOKEN} c ${SECRET}`, credentials)).toBe(
      'a [redacted] b [redacted] c [redacted]',
    );
  });
});
