import type { ErrorPair } from './media-catalog';

type Json = Record<string, unknown>;

/**
 * How a pipeline spells its keys: current producers duplicate camelCase and PascalCase, 2015-era ones
 * send lowercase only, and the QueryJobList form is PascalCase only (event-formats.md §3.1).
 */
export type JobKeyStyle = 'dual' | 'lower' | 'pascal';

/** Extras a specified-time snapshot job returns. */
export interface SnapshotExtras {
  readonly urlPattern: string;
  readonly lastUrl: string;
  readonly count: number;
  readonly timeArray: readonly number[];
}

/** The outcome of one MPS job as its pipeline notification reports it. */
export interface MpsJobResult {
  readonly jobId: string;
  readonly requestId: string;
  readonly type: string;
  readonly error: ErrorPair | undefined;
  readonly userData: string | undefined;
  readonly snapshot: SnapshotExtras | undefined;
}

/** The single-job notification body (no output URLs: MPS expects you to query the job for those). */
export function mpsJobMessage(job: MpsJobResult, style: JobKeyStyle): Json {
  const state = job.error ? 'Fail' : 'Success';
  const extras: Json = job.snapshot
    ? {
        UrlPattern: job.snapshot.urlPattern,
        LastUrl: job.snapshot.lastUrl,
        Count: String(job.snapshot.count),
        TimeArray: [...job.snapshot.timeArray],
      }
    : {};
  if (style === 'lower') {
    return {
      jobId: job.jobId,
      state,
      type: job.type,
      ...(job.userData === undefined ? {} : { userData: job.userData }),
      ...(job.error ? { code: job.error.code, msg: job.error.message } : {}),
      ...extras,
    };
  }
  if (style === 'pascal') {
    return {
      JobId: job.jobId,
      RequestId: job.requestId,
      Type: job.type,
      State: state,
      ...(job.userData === undefined ? {} : { UserData: job.userData }),
      ...(job.error ? { Code: job.error.code, Msg: job.error.message } : {}),
      ...extras,
    };
  }
  const userData =
    job.userData === undefined ? {} : { UserData: job.userData, userData: job.userData };
  if (job.error) {
    // Key order of the documented (truncated) failure sample: msg, Msg, code, userData, UserData, type, …
    return {
      msg: job.error.message,
      Msg: job.error.message,
      code: job.error.code,
      Code: job.error.code,
      ...(job.userData === undefined ? {} : { userData: job.userData, UserData: job.userData }),
      type: job.type,
      Type: job.type,
      state,
      State: state,
      jobId: job.jobId,
      JobId: job.jobId,
      requestId: job.requestId,
      RequestId: job.requestId,
      ...extras,
    };
  }
  // Interleaved the way the 2019 capture is, rather than grouped by case.
  return {
    jobId: job.jobId,
    requestId: job.requestId,
    Type: job.type,
    state,
    type: job.type,
    State: state,
    JobId: job.jobId,
    RequestId: job.requestId,
    ...userData,
    ...extras,
  };
}
