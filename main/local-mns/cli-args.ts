/** Command-line parsing for `npm run local-mns`, kept pure so it can be tested without a process. */
import { DEFAULT_ACCOUNT_ID, DEFAULT_CREDENTIAL } from './local-mns';
import { RESOURCE_NAME } from './identifiers';

/** What the CLI was asked to do. */
export interface CliOptions {
  port: number;
  accountId: string;
  accessKeyId: string;
  accessKeySecret: string;
  queues: string[];
  demoTraffic: boolean;
}

/** The parse result: options, a help request, or an error to print with the usage. */
export type CliParse =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

/** Usage text. */
export const CLI_USAGE = [
  'usage: npm run local-mns -- [--port N] [--account-id ID] [--access-key-id AK] [--access-key-secret SK]',
  '                            [--queue NAME ...] [--demo-traffic]',
  '',
  '  --port N               port on 127.0.0.1 (default 0: a free port)',
  `  --account-id ID        numeric account id (default ${DEFAULT_ACCOUNT_ID})`,
  `  --access-key-id AK     accepted AccessKey id (default ${DEFAULT_CREDENTIAL.accessKeyId})`,
  `  --access-key-secret SK its secret (default ${DEFAULT_CREDENTIAL.accessKeySecret})`,
  '  --queue NAME ...       queue(s) to create at start; repeatable',
  '  --demo-traffic         feed realistic VOD/MPS demo events into demo queues',
  '  --help                 show this help',
].join('\n');

const FLAGS_WITH_VALUE = new Set([
  '--port',
  '--account-id',
  '--access-key-id',
  '--access-key-secret',
  '--queue',
]);

/** Parses argv (without node and script). */
export function parseCliArgs(argv: readonly string[]): CliParse {
  const options: CliOptions = {
    port: 0,
    accountId: DEFAULT_ACCOUNT_ID,
    accessKeyId: DEFAULT_CREDENTIAL.accessKeyId,
    accessKeySecret: DEFAULT_CREDENTIAL.accessKeySecret,
    queues: [],
    demoTraffic: false,
  };
  const args = argv.flatMap((arg) => {
    const eq = arg.indexOf('=');
    return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg];
  });
  for (let index = 0; index < args.length; index++) {
    const flag = args[index] ?? '';
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--demo-traffic') {
      options.demoTraffic = true;
      continue;
    }
    if (!FLAGS_WITH_VALUE.has(flag)) return { kind: 'error', message: `unknown argument: ${flag}` };
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--'))
      return { kind: 'error', message: `${flag} needs a value` };
    index++;
    switch (flag) {
      case '--port': {
        const port = /^[0-9]{1,5}$/.test(value) ? Number(value) : NaN;
        if (!(port >= 0 && port <= 65535))
          return { kind: 'error', message: `--port must be 0-65535, got ${value}` };
        options.port = port;
        break;
      }
      case '--account-id':
        if (!/^[0-9]{1,32}$/.test(value))
          return { kind: 'error', message: `--account-id must be digits, got ${value}` };
        options.accountId = value;
        break;
      case '--access-key-id':
        if (!/^[^\s:]{1,128}$/.test(value))
          return {
            kind: 'error',
            message: '--access-key-id must be 1-128 characters without spaces or ":"',
          };
        options.accessKeyId = value;
        break;
      case '--access-key-secret':
        if (!/^\S{1,256}$/.test(value))
          return {
            kind: 'error',
            message: '--access-key-secret must be 1-256 characters without spaces',
          };
        options.accessKeySecret = value;
        break;
      default: {
        // --queue takes one or more names: --queue a b --queue c
        let names = [value];
        while ((args[index + 1] ?? '--').startsWith('--') === false)
          names = [...names, args[++index] ?? ''];
        const bad = names.find((name) => !RESOURCE_NAME.test(name) || name.length > 120);
        if (bad !== undefined) return { kind: 'error', message: `invalid queue name: ${bad}` };
        options.queues.push(...names);
      }
    }
  }
  return { kind: 'run', options };
}
