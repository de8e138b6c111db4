import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseAliyunCliConfig } from '../../../../main/engine/credentials/aliyun-cli-config';
import type { CliProfileImport } from '../../../../main/engine/credentials/aliyun-cli-config';
import {
  findImportableCredentials,
  readAliyunCliConfig,
} from '../../../../main/engine/credentials/credential-import';

const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE';
const TOKEN = 'CAIS8gF1q6Ft5B2yfSjIr5bSEtXYtrVE0ZWYZxnTkXk5ZvtJl6XGuDz2IHhMenRqAe0ZsvQ=';
const PATH = '/home/me/.aliyun/config.json';

// Shaped like `aliyun configure` output: every profile carries every field, mostly empty.
function profile(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'default',
    mode: 'AK',
    access_key_id: '',
    access_key_secret: '',
    sts_token: '',
    ram_role_name: '',
    ram_role_arn: '',
    ram_session_name: '',
    private_key: '',
    key_pair_name: '',
    expired_seconds: 0,
    verified: '',
    region_id: 'cn-hangzhou',
    output_format: 'json',
    language: 'en',
    ...fields,
  };
}

function config(profiles: unknown[], current = 'default'): string {
  return JSON.stringify({ current, profiles, meta_path: '' }, null, 2);
}

function byName(profiles: CliProfileImport[], name: string): CliProfileImport {
  const found = profiles.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no profile ${name}`);
  return found;
}

describe('parseAliyunCliConfig', () => {
  it('imports AK and StsToken profiles with their region, marking the current one', () => {
    const result = parseAliyunCliConfig(
      config([
        profile({ name: 'default', access_key_id: 'LTAI5tKey', access_key_secret: SECRET }),
        profile({
          name: 'temp',
          mode: 'StsToken',
          access_key_id: 'STS.NKey',
          access_key_secret: SECRET,
          sts_token: TOKEN,
          region_id: 'ap-southeast-1',
        }),
      ]),
      PATH,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.current).toBe('default');
    const ak = byName(result.profiles, 'default');
    const sts = byName(result.profiles, 'temp');
    if (!ak.importable || !sts.importable) throw new Error('expected both importable');
    expect(ak.current).toBe(true);
    expect(ak.credential).toMatchObject({
      source: 'aliyun-cli',
      origin: `aliyun CLI profile "default" (AK) in ${PATH}`,
      kind: 'access-key',
      regionId: 'cn-hangzhou',
      display: { accessKeyId: 'LTAI5tKey', securityToken: undefined },
    });
    expect(ak.credential.credentials.accessKeySecret).toBe(SECRET);
    expect(sts.current).toBe(false);
    expect(sts.credential.kind).toBe('sts-token');
    expect(sts.credential.regionId).toBe('ap-southeast-1');
    expect(sts.credential.credentials.securityToken).toBe(TOKEN);
    for (const view of [JSON.stringify(result), inspect(result, { depth: 10 })]) {
      expect(view).not.toContain(SECRET);
      expect(view).not.toContain(TOKEN);
    }
  });

  it.each([
    ['RamRoleArn', /assumes a RAM role through STS/],
    ['ChainableRamRoleArn', /starting from another profile/],
    ['EcsRamRole', /metadata service of an ECS instance/],
    ['RsaKeyPair', /RSA key pair/],
    ['External', /external program/],
    ['CredentialsURI', /from a URL/],
    ['OIDC', /OIDC token/],
    ['CloudSSO', /CloudSSO/],
    ['OAuth', /OAuth/],
    ['Quantum', /cannot import profiles of mode "Quantum"/],
  ])('explains why a %s profile cannot be imported', (mode, reason) => {
    const result = parseAliyunCliConfig(
      config([profile({ name: 'p', mode, access_key_id: 'LTAI5tKey', access_key_secret: SECRET })]),
      PATH,
    );
    if (!result.ok) throw new Error(result.problem);
    const [only] = result.profiles;
    expect(only).toMatchObject({ name: 'p', mode, importable: false });
    expect(only?.importable === false && only.reason).toMatch(reason);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('names missing fields and odd entries', () => {
    const result = parseAliyunCliConfig(
      config([
        profile({ name: 'no-secret', access_key_id: 'LTAI5tKey' }),
        profile({
          name: 'no-token',
          mode: 'StsToken',
          access_key_id: 'STS.N',
          access_key_secret: SECRET,
        }),
        profile({ name: 'no-mode', mode: '' }),
        profile({
          name: 'bad-region',
          access_key_id: 'k1',
          access_key_secret: SECRET,
          region_id: 'mars',
        }),
        'not a profile',
      ]),
      PATH,
    );
    if (!result.ok) throw new Error(result.problem);
    const reasons = result.profiles.map((p) => (p.importable ? p.credential.notes : p.reason));
    expect(reasons).toEqual([
      'This AK profile has no access_key_secret.',
      'This StsToken profile has no sts_token.',
      'This profile has no mode; run `aliyun configure` to finish it.',
      ['Its region_id is "mars", which is not an MNS region; choose the region yourself.'],
      'This entry is not a profile object.',
    ]);
    expect(result.profiles[4]?.name).toBe('#5');
  });

  it('explains malformed JSON with a position, never quoting the secret', () => {
    const text = `{\n  "current": "default",\n  "profiles": [{ "access_key_secret": "${SECRET}" "mode": "AK" }]\n}`;
    const result = parseAliyunCliConfig(text, PATH);
    expect(result).toEqual({
      ok: false,
      path: PATH,
      missing: false,
      problem: `The aliyun CLI configuration ${PATH} cannot be read: it is not valid JSON: Expected ',' or '}' after property value at line 3, column 78.`,
    });
    const truncated = parseAliyunCliConfig(`{"profiles": [{"access_key_secret": "${SECRET}`, PATH);
    expect(JSON.stringify(truncated)).not.toContain(SECRET);
    const noProfiles = parseAliyunCliConfig('{"current": "x"}', PATH);
    expect(noProfiles.ok === false && noProfiles.problem).toMatch(/has no "profiles" list/);
  });
});

describe('reading the CLI config and the environment', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'mns-watch-home-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('explains a missing config file', async () => {
    const result = await readAliyunCliConfig(home);
    expect(result).toEqual({
      ok: false,
      path: join(home, '.aliyun', 'config.json'),
      missing: true,
      problem: `There is no aliyun CLI configuration at ${join(home, '.aliyun', 'config.json')}; run \`aliyun configure\` first, or enter the AccessKey by hand.`,
    });
  });

  it('reads ~/.aliyun/config.json and the environment together', async () => {
    await mkdir(join(home, '.aliyun'));
    await writeFile(
      join(home, '.aliyun', 'config.json'),
      config([profile({ access_key_id: 'LTAI5tKey', access_key_secret: SECRET })]),
    );
    const found = await findImportableCredentials({
      home,
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET },
    });
    expect(found.environment.found?.credentials.accessKeyId).toBe('LTAI5tEnv');
    expect(found.aliyunCli.ok && found.aliyunCli.profiles[0]?.importable).toBe(true);
    expect(JSON.stringify(found)).not.toContain(SECRET);
  });

  it('explains an unreadable or oversized file', async () => {
    const denied = await readAliyunCliConfig(home, async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    expect(denied).toMatchObject({ ok: false, missing: false });
    expect(denied.ok === false && denied.problem).toMatch(/cannot be read: EACCES/);
    const huge = await readAliyunCliConfig(home, async () => ' '.repeat(2 * 1024 * 1024));
    expect(huge.ok === false && huge.problem).toMatch(
      /far larger than an aliyun CLI configuration/,
    );
  });
});
