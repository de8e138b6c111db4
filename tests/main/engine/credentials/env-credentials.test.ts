import { inspect } from 'node:util';

import { describe, expect, it } from 'vitest';

import { parseEnvCredentials } from '../../../../main/engine/credentials/env-credentials';

const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE';
const TOKEN = 'CAIS8gF1q6Ft5B2yfSjIr5bSEtXYtrVE0ZWYZxnTkXk5ZvtJl6XGuDz2IHhMenRqAe0ZsvQ=';

describe('parseEnvCredentials', () => {
  it('reads the documented ALIBABA_CLOUD_* variables with token and region', () => {
    const { found, notes } = parseEnvCredentials({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.NKeyId',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
      ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN,
      ALIBABA_CLOUD_REGION_ID: 'cn-shanghai',
    });
    expect(notes).toEqual([]);
    expect(found).toMatchObject({
      source: 'environment',
      origin:
        'Environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN',
      kind: 'sts-token',
      regionId: 'cn-shanghai',
      display: {
        accessKeyId: 'STS.NKeyId',
        accessKeySecret: `•••••••• (${SECRET.length} characters)`,
        securityToken: `•••••••• (${TOKEN.length} characters)`,
      },
    });
    expect(found?.credentials.accessKeySecret).toBe(SECRET);
    expect(found?.credentials.securityToken).toBe(TOKEN);
    expect(found?.notes[0]).toMatch(/temporary STS credentials/);
    for (const view of [JSON.stringify(found), inspect(found, { depth: 10 })]) {
      expect(view).not.toContain(SECRET);
      expect(view).not.toContain(TOKEN);
    }
  });

  it.each([
    ['ALIBABACLOUD_ACCESS_KEY_ID', 'ALIBABACLOUD_ACCESS_KEY_SECRET'],
    ['ALICLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY_SECRET'],
    ['ALICLOUD_ACCESS_KEY', 'ALICLOUD_SECRET_KEY'],
  ])('reads the older %s / %s pair', (id, secret) => {
    const { found } = parseEnvCredentials({ [id]: 'LTAI5tLegacy', [secret]: SECRET });
    expect(found?.kind).toBe('access-key');
    expect(found?.origin).toBe(`Environment variables ${id}, ${secret}`);
    expect(found?.credentials.accessKeySecret).toBe(SECRET);
  });

  it('takes the legacy Terraform token and region with their pair', () => {
    const { found } = parseEnvCredentials({
      ALICLOUD_ACCESS_KEY: 'STS.NLegacy',
      ALICLOUD_SECRET_KEY: SECRET,
      ALICLOUD_SECURITY_TOKEN: TOKEN,
      ALICLOUD_REGION: 'eu-central-1',
    });
    expect(found?.credentials.securityToken).toBe(TOKEN);
    expect(found?.regionId).toBe('eu-central-1');
  });

  it('prefers the current names over older ones', () => {
    const { found } = parseEnvCredentials({
      ALICLOUD_ACCESS_KEY: 'old',
      ALICLOUD_SECRET_KEY: 'old-secret',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'new',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
    });
    expect(found?.credentials.accessKeyId).toBe('new');
  });

  it('skips half pairs and bad values, naming variables but never values', () => {
    const { found, notes } = parseEnvCredentials({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tOnlyId',
      ALIBABACLOUD_ACCESS_KEY_ID: 'LTAI5tKey',
      ALIBABACLOUD_ACCESS_KEY_SECRET: `${SECRET} with spaces`,
      ALICLOUD_ACCESS_KEY: 'LTAI5tKey',
      ALICLOUD_SECRET_KEY: SECRET,
      ALICLOUD_REGION: 'moon-1',
    });
    expect(notes).toEqual([
      'ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not, so these variables were skipped.',
      'ALIBABACLOUD_ACCESS_KEY_ID/ALIBABACLOUD_ACCESS_KEY_SECRET: The AccessKey secret contains spaces or characters a secret never has, or is far too long; copy it again.',
    ]);
    expect(found?.origin).toBe('Environment variables ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY');
    expect(found?.regionId).toBeUndefined();
    expect(found?.notes).toEqual([
      'ALICLOUD_REGION is "moon-1", which is not an MNS region; choose the region yourself.',
    ]);
    expect(JSON.stringify(notes)).not.toContain(SECRET);
  });

  it('says what it looked for when nothing is set', () => {
    const { found, notes } = parseEnvCredentials({
      PATH: '/usr/bin',
      ALIBABA_CLOUD_ACCESS_KEY_ID: ' ',
    });
    expect(found).toBeUndefined();
    expect(notes[0]).toMatch(/^No AccessKey found in the environment/);
  });
});
