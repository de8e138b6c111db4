// The thin, impure edge of credential import: reads the environment and the aliyun CLI config
// file, then leaves all interpretation to the pure parsers.
import { readFile as readFileFromDisk } from 'node:fs/promises';
import { join } from 'node:path';

import { parseAliyunCliConfig } from './aliyun-cli-config';
import type { CliConfigImport } from './aliyun-cli-config';
import { parseEnvCredentials } from './env-credentials';
import type { EnvImport, Environment } from './env-credentials';

/** Where to look; injected so tests never read the real home folder or environment. */
export interface ImportSources {
  env: Environment;
  /** The user's home folder (os.homedir() in the app). */
  home: string;
  readFile?: (path: string) => Promise<string>;
}

/** Everything importable, from both places, each with its own explanation. */
export interface CredentialImports {
  environment: EnvImport;
  aliyunCli: CliConfigImport;
}

// Real CLI configs are a few KB; refusing huge files keeps a wrong path from eating memory.
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Looks for credentials in the environment and in ~/.aliyun/config.json. */
export async function findImportableCredentials(
  sources: ImportSources,
): Promise<CredentialImports> {
  return {
    environment: parseEnvCredentials(sources.env),
    aliyunCli: await readAliyunCliConfig(sources.home, sources.readFile),
  };
}

/** Reads and parses the aliyun CLI config in `home`; a missing or unreadable file is explained. */
export async function readAliyunCliConfig(
  home: string,
  readFile: (path: string) => Promise<string> = (path) => readFileFromDisk(path, 'utf8'),
): Promise<CliConfigImport> {
  const path = join(home, '.aliyun', 'config.json');
  let text: string;
  try {
    text = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') {
      return {
        ok: false,
        path,
        missing: true,
        problem: `There is no aliyun CLI configuration at ${path}; run \`aliyun configure\` first, or enter the AccessKey by hand.`,
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, path, missing: false, problem: `${path} cannot be read: ${reason}` };
  }
  if (text.length > MAX_CONFIG_BYTES) {
    return {
      ok: false,
      path,
      missing: false,
      problem: `${path} is ${Math.round(text.length / 1024)} KB, far larger than an aliyun CLI configuration; it was not read.`,
    };
  }
  return parseAliyunCliConfig(text, path);
}
