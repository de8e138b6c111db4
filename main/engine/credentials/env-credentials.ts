// Credentials from the environment variables Alibaba Cloud tools read. Pure: the caller passes the
// environment (process.env in the app). Notes name variables, never their values.
import { importedRegion, toImportedCredential } from './imported-credential';
import type { ImportedCredential } from './imported-credential';
import { CredentialInputError, toSecretCredentials } from './secret-credentials';
import type { SecretCredentials } from './secret-credentials';

/** The environment as `process.env` provides it. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What the environment holds: at most one usable credential, and notes about what was skipped. */
export interface EnvImport {
  found: ImportedCredential | undefined;
  notes: string[];
}

interface VariableFamily {
  id: string;
  secret: string;
  token: string;
  region: string;
}

// In the order the current Alibaba Cloud SDKs prefer them: the documented ALIBABA_CLOUD_* names,
// then the aliyun CLI's older names, then the Terraform provider's legacy ones.
const FAMILIES: readonly VariableFamily[] = [
  {
    id: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    secret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    token: 'ALIBABA_CLOUD_SECURITY_TOKEN',
    region: 'ALIBABA_CLOUD_REGION_ID',
  },
  {
    id: 'ALIBABACLOUD_ACCESS_KEY_ID',
    secret: 'ALIBABACLOUD_ACCESS_KEY_SECRET',
    token: 'ALIBABACLOUD_SECURITY_TOKEN',
    region: 'ALIBABACLOUD_REGION_ID',
  },
  {
    id: 'ALICLOUD_ACCESS_KEY_ID',
    secret: 'ALICLOUD_ACCESS_KEY_SECRET',
    token: 'ALICLOUD_SECURITY_TOKEN',
    region: 'ALICLOUD_REGION_ID',
  },
  {
    id: 'ALICLOUD_ACCESS_KEY',
    secret: 'ALICLOUD_SECRET_KEY',
    token: 'ALICLOUD_SECURITY_TOKEN',
    region: 'ALICLOUD_REGION',
  },
];

/** Finds the first complete AccessKey pair in the environment, with its token and region. */
export function parseEnvCredentials(env: Environment): EnvImport {
  const notes: string[] = [];
  for (const family of FAMILIES) {
    const id = value(env, family.id);
    const secret = value(env, family.secret);
    if (id === undefined && secret === undefined) continue;
    if (id === undefined || secret === undefined) {
      const [set, unset] =
        id === undefined ? [family.secret, family.id] : [family.id, family.secret];
      notes.push(`${set} is set but ${unset} is not, so these variables were skipped.`);
      continue;
    }
    let credentials: SecretCredentials;
    try {
      credentials = toSecretCredentials({
        accessKeyId: id,
        accessKeySecret: secret,
        securityToken: value(env, family.token),
      });
    } catch (error) {
      if (!(error instanceof CredentialInputError)) throw error;
      notes.push(`${family.id}/${family.secret}: ${error.message}`);
      continue;
    }
    const regionVariable =
      [family.region, 'ALIBABA_CLOUD_REGION_ID'].find((name) => value(env, name) !== undefined) ??
      family.region;
    const region = importedRegion(value(env, regionVariable), regionVariable);
    const variables = [family.id, family.secret];
    if (credentials.securityToken !== undefined) variables.push(family.token);
    const found = toImportedCredential(
      {
        source: 'environment',
        origin: `Environment variables ${variables.join(', ')}`,
        regionId: region.regionId,
        notes: region.notes,
      },
      credentials,
    );
    return { found, notes };
  }
  if (notes.length === 0) {
    notes.push(
      'No AccessKey found in the environment (looked for ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, and the older ALIBABACLOUD_* and ALICLOUD_* names).',
    );
  }
  return { found: undefined, notes };
}

function value(env: Environment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}
