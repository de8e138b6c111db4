import { isValidRegionId } from '../mns/regions';
import { describeSecret } from './secret-credentials';
import type { SecretCredentials } from './secret-credentials';

/** Credentials found outside the app, ready to show (redacted) and to hand to the vault. */
export interface ImportedCredential {
  source: 'environment' | 'aliyun-cli';
  /** Where they were found, in words: which variables, or which CLI profile in which file. */
  origin: string;
  kind: 'access-key' | 'sts-token';
  /** The default region that came with them, when it is a known MNS region. */
  regionId: string | undefined;
  /** What the UI may show: the AccessKey ID in full, the secret and token as lengths only. */
  display: { accessKeyId: string; accessKeySecret: string; securityToken: string | undefined };
  /** For `vault.save`; serialises without the secret. */
  credentials: SecretCredentials;
  /** Things the user should know (expiring token, ignored region…), in words. */
  notes: string[];
}

/** Builds the redacted display alongside the credentials. */
export function toImportedCredential(
  base: Pick<ImportedCredential, 'source' | 'origin' | 'regionId' | 'notes'>,
  credentials: SecretCredentials,
): ImportedCredential {
  const token = credentials.securityToken;
  const notes = [...base.notes];
  if (token !== undefined) {
    notes.push(
      'These are temporary STS credentials: they stop working when the token expires (usually within hours), and then need to be imported or entered again.',
    );
  }
  return {
    ...base,
    kind: token === undefined ? 'access-key' : 'sts-token',
    display: {
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: describeSecret(credentials.accessKeySecret),
      securityToken: token === undefined ? undefined : describeSecret(token),
    },
    credentials,
    notes,
  };
}

/** Keeps a default region that came with imported credentials only when it is an MNS region. */
export function importedRegion(
  raw: string | undefined,
  label: string,
): { regionId: string | undefined; notes: string[] } {
  const text = raw?.trim() ?? '';
  if (text === '') return { regionId: undefined, notes: [] };
  const regionId = text.toLowerCase();
  if (isValidRegionId(regionId)) return { regionId, notes: [] };
  return {
    regionId: undefined,
    notes: [`${label} is "${text}", which is not an MNS region; choose the region yourself.`],
  };
}
