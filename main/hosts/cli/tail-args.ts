/** What `cli tail` was asked to do. */
export interface TailArgs {
  endpoint: string;
  accountId: string;
  queues: string[];
  mode: 'watch' | 'consume';
  json: boolean;
  deleteAfter: boolean;
  dataDir: string | undefined;
}

/** The usage text shown with every argument error. */
export const TAIL_USAGE = `usage: npm run -s cli -- tail --endpoint URL --account-id ID --queue NAME [--queue NAME ...]
                              [--mode watch|consume] [--json] [--delete-after] [--data-dir DIR]

  --mode watch      peek only (default): never changes the queue, safe on a production queue
  --mode consume    receive: messages stay hidden from other consumers until deleted or released
  --delete-after    (consume) delete each message once it is journaled on disk
  keys come from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (and _SECURITY_TOKEN),
  or from the keychain entry of a saved MNS Watch account with this account ID`;

/** Parses `tail` arguments; returns an error sentence instead of throwing. */
export function parseTailArgs(
  argv: readonly string[],
): { ok: true; args: TailArgs } | { ok: false; error: string } {
  const args: Partial<TailArgs> & { queues: string[] } = {
    queues: [],
    mode: 'watch',
    json: false,
    deleteAfter: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i += 1;
      return next;
    };
    switch (flag) {
      case '--endpoint':
      case '--account-id':
      case '--queue':
      case '--mode':
      case '--data-dir': {
        const v = value();
        if (v === undefined) return { ok: false, error: `${flag} needs a value` };
        if (flag === '--endpoint') args.endpoint = v;
        else if (flag === '--account-id') args.accountId = v;
        else if (flag === '--queue') args.queues.push(v);
        else if (flag === '--data-dir') args.dataDir = v;
        else if (v === 'watch' || v === 'consume') args.mode = v;
        else return { ok: false, error: `--mode is watch or consume, not "${v}"` };
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--delete-after':
        args.deleteAfter = true;
        break;
      default:
        return { ok: false, error: `unknown argument: ${flag ?? ''}` };
    }
  }
  if (args.endpoint === undefined) return { ok: false, error: '--endpoint is required' };
  if (args.accountId === undefined) return { ok: false, error: '--account-id is required' };
  if (args.queues.length === 0) return { ok: false, error: 'at least one --queue is required' };
  if (args.deleteAfter && args.mode !== 'consume') {
    return {
      ok: false,
      error: '--delete-after needs --mode consume (watch mode never changes the queue)',
    };
  }
  return {
    ok: true,
    args: {
      endpoint: args.endpoint,
      accountId: args.accountId,
      queues: args.queues,
      mode: args.mode ?? 'watch',
      json: args.json ?? false,
      deleteAfter: args.deleteAfter ?? false,
      dataDir: args.dataDir,
    },
  };
}
