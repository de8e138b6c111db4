/** startLocalMns(): a protocol-faithful local MNS server with a controllable clock, audit log and faults. */
import { AuditLog } from './audit-log';
import { createSystemClock } from './clock';
import type { ServerClock } from './clock';
import { FaultScript } from './faults';
import { DEFAULT_COMPAT } from './handler-context';
import type { CompatOptions } from './handler-context';
import type { LongPollObserver } from './long-poll';
import { startHttpServer } from './server';
import type { Credential } from './signature';
import { LocalMnsStore } from './store';

/** The account id used when none is given. */
export const DEFAULT_ACCOUNT_ID = '1234567890123456';
/** The region used in subscription endpoints when none is given. */
export const DEFAULT_REGION = 'cn-hangzhou';
/** Throwaway local keys used when no credentials are given. */
export const DEFAULT_CREDENTIAL: Readonly<Credential> = {
  accessKeyId: 'LocalMnsAccessKeyId',
  accessKeySecret: 'LocalMnsAccessKeySecret',
};

/** Options of startLocalMns. */
export interface LocalMnsOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  accountId?: string;
  /** Region named in queue endpoints built by the store (any region is accepted on Subscribe). */
  region?: string;
  /** Accepted AccessKey pairs; the first is reported as accessKeyId/accessKeySecret. */
  credentials?: readonly Credential[];
  /** Queues created at start (default attributes). */
  queues?: readonly string[];
  clock?: ServerClock;
  /** 'enforce' (default) checks every request's signature; 'off' accepts unsigned requests. */
  signature?: 'enforce' | 'off';
  /** Allowed Date skew in seconds (default 900); Infinity disables TimeExpired. */
  maxClockSkewSeconds?: number;
  /** Max concurrently parked long polls; excess get an immediate 404 MessageNotExist. */
  longPollCap?: number;
  /** More than 1 makes batch receive/peek read one stripe, i.e. return partial batches. */
  stripes?: number;
  /** Choices where the protocol is uncertain (spec §10). */
  compat?: Partial<CompatOptions>;
  /** Audit entries kept (oldest dropped first; default 100000). */
  auditLimit?: number;
  /** Request bodies above this are drained and refused (default 2 MiB). */
  maxRequestBytes?: number;
  /** Called with unexpected handler exceptions (default: console.error). */
  onInternalError?: (error: unknown) => void;
}

/** A running local MNS server. */
export interface LocalMns {
  /** `http://127.0.0.1:<port>`: pass as the SDK's `endpoint`. */
  readonly url: string;
  readonly port: number;
  readonly accountId: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly clock: ServerClock;
  readonly audit: AuditLog;
  readonly faults: FaultScript;
  readonly store: LocalMnsStore;
  /** Parked long polls, to wait on instead of sleeping. */
  readonly longPolls: LongPollObserver;
  /** Closes the server and all sockets, ends parked polls and clears timers. */
  stop(): Promise<void>;
}

/** Starts a local MNS server on 127.0.0.1. */
export async function startLocalMns(options: LocalMnsOptions = {}): Promise<LocalMns> {
  const clock = options.clock ?? createSystemClock();
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const region = options.region ?? DEFAULT_REGION;
  const credentials = options.credentials ?? [DEFAULT_CREDENTIAL];
  const primary = credentials[0];
  if (primary === undefined) throw new Error('startLocalMns needs at least one credential');
  const compat: CompatOptions = { ...DEFAULT_COMPAT, ...options.compat };
  const stripes = options.stripes ?? 1;
  if (!Number.isInteger(stripes) || stripes < 1)
    throw new RangeError('stripes must be a positive integer');

  const store = new LocalMnsStore({
    clock,
    accountId,
    region,
    stripes,
    longPollCap: options.longPollCap ?? Infinity,
    rejectEmptyMessageBody: compat.rejectEmptyMessageBody,
    staleHandleError: compat.staleHandleError,
  });
  for (const queue of options.queues ?? []) store.createQueue(queue);
  const audit = new AuditLog(options.auditLimit);
  const faults = new FaultScript();
  const server = await startHttpServer(options.port ?? 0, {
    store,
    audit,
    faults,
    compat,
    signature: {
      mode: options.signature ?? 'enforce',
      credentials,
      clock,
      maxClockSkewSeconds: options.maxClockSkewSeconds ?? 900,
    },
    maxRequestBytes: options.maxRequestBytes ?? 2 * 1024 * 1024,
    onInternalError:
      options.onInternalError ?? ((error) => console.error('[local-mns] internal error', error)),
  });

  let stopping: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    accountId,
    region,
    accessKeyId: primary.accessKeyId,
    accessKeySecret: primary.accessKeySecret,
    clock,
    audit,
    faults,
    store,
    longPolls: store.queues.longPolls,
    stop: () => {
      stopping ??= server.close().then(() => store.close());
      return stopping;
    },
  };
}
