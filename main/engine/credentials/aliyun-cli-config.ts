// Profiles from the aliyun CLI's ~/.aliyun/config.json ({ current, profiles: [{ name, mode,
// access_key_id, access_key_secret, sts_token, region_id, … }] }). Pure: the reader hands in the
// text. Only AK and StsToken profiles hold credentials MNS Watch can use as they are; the others
// obtain credentials at run time in ways the app does not reproduce, and each is explained.
import { describeJsonError } from '../settings/json-error';
import { importedRegion, toImportedCredential } from './imported-credential';
import type { ImportedCredential } from './imported-credential';
import { CredentialInputError, toSecretCredentials } from './secret-credentials';
import type { SecretCredentials } from './secret-credentials';

/** One CLI profile: importable with its credentials, or not, with the reason. */
export type CliProfileImport =
  | {
      name: string;
      mode: string;
      current: boolean;
      importable: true;
      credential: ImportedCredential;
    }
  | { name: string; mode: string; current: boolean; importable: false; reason: string };

/** The whole config file: its profiles, or why it could not be read. */
export type CliConfigImport =
  | { ok: true; path: string; current: string | undefined; profiles: CliProfileImport[] }
  | { ok: false; path: string; missing: boolean; problem: string };

const ROLE_ADVICE =
  'MNS Watch does not assume RAM roles itself; import an AK profile, or paste temporary credentials from `aliyun sts AssumeRole`.';

// Why each non-importable mode cannot be used, in the user's terms.
const MODE_REASONS: Readonly<Record<string, string>> = {
  RamRoleArn: `This profile assumes a RAM role through STS with its AccessKey. ${ROLE_ADVICE}`,
  ChainableRamRoleArn: `This profile assumes a RAM role starting from another profile. ${ROLE_ADVICE}`,
  EcsRamRole:
    'This profile takes credentials from the metadata service of an ECS instance, which only exists on that instance.',
  RsaKeyPair:
    'This profile signs in with an RSA key pair, which MNS does not accept; create an AccessKey instead.',
  External: 'This profile runs an external program to get credentials each time.',
  CredentialsURI: 'This profile fetches credentials from a URL each time.',
  OIDC: 'This profile exchanges an OIDC token for a RAM role (for example ACK RRSA).',
  CloudSSO: 'This profile signs in through CloudSSO in a browser and gets short-lived credentials.',
  OAuth: 'This profile signs in through OAuth in a browser and gets short-lived credentials.',
};

/** Parses the CLI config text; `path` is only used in messages. */
export function parseAliyunCliConfig(text: string, path: string): CliConfigImport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return fail(
      path,
      `The aliyun CLI configuration ${path} cannot be read: ${describeJsonError(error, text)}.`,
    );
  }
  if (!isRecord(document) || !Array.isArray(document.profiles)) {
    return fail(
      path,
      `The aliyun CLI configuration ${path} has no "profiles" list; it is not a file written by \`aliyun configure\`.`,
    );
  }
  const current = typeof document.current === 'string' ? document.current : undefined;
  const profiles = document.profiles.map((profile, index) =>
    readProfile(profile, index, current, path),
  );
  return { ok: true, path, current, profiles };
}

function readProfile(
  profile: unknown,
  index: number,
  current: string | undefined,
  path: string,
): CliProfileImport {
  const fields = isRecord(profile) ? profile : {};
  const name = text(fields.name) ?? `#${index + 1}`;
  const mode = text(fields.mode) ?? '';
  const base = { name, mode, current: name === current };
  const skip = (reason: string): CliProfileImport => ({ ...base, importable: false, reason });
  if (!isRecord(profile)) return skip('This entry is not a profile object.');
  if (mode !== 'AK' && mode !== 'StsToken') {
    if (mode === '') return skip('This profile has no mode; run `aliyun configure` to finish it.');
    return skip(MODE_REASONS[mode] ?? `MNS Watch cannot import profiles of mode "${mode}".`);
  }
  const missing = [
    'access_key_id',
    'access_key_secret',
    ...(mode === 'StsToken' ? ['sts_token'] : []),
  ].filter((field) => text(fields[field]) === undefined);
  if (missing.length > 0) {
    return skip(`This ${mode} profile has no ${missing.join(' or ')}.`);
  }
  let credentials: SecretCredentials;
  try {
    credentials = toSecretCredentials({
      accessKeyId: text(fields.access_key_id) ?? '',
      accessKeySecret: text(fields.access_key_secret) ?? '',
      securityToken: mode === 'StsToken' ? text(fields.sts_token) : undefined,
    });
  } catch (error) {
    if (error instanceof CredentialInputError) return skip(error.message);
    throw error;
  }
  const region = importedRegion(text(fields.region_id), `Its region_id`);
  const credential = toImportedCredential(
    {
      source: 'aliyun-cli',
      origin: `aliyun CLI profile "${name}" (${mode}) in ${path}`,
      regionId: region.regionId,
      notes: region.notes,
    },
    credentials,
  );
  return { ...base, importable: true, credential };
}

function fail(path: string, problem: string): CliConfigImport {
  return { ok: false, path, missing: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
