import type { MnsSdk } from './alicloud-mns-sdk';
import { classifyFailure } from './classify-failure';
import { explainFailure } from './explain-failure';
import { MnsError, isMnsError } from './mns-error';
import type { MnsOperation } from './mns-error';
import { isAborted, raceAbort } from './race-abort';
import { ResponseCapture, createCapturingAgent } from './response-capture';
import type { CapturedResponse } from './response-capture';
import { ResponseShapeError } from './sdk-response';
import { SigningClock } from './signing-clock';
import type { Clock } from './signing-clock';

/** What one SDK call resolves to. */
export type SdkResponse = Awaited<ReturnType<MnsSdk['get']>>;
/** Options the SDK's generic request methods pass through to httpx. */
export type SdkCallOptions = NonNullable<Parameters<MnsSdk['get']>[2]>;

/** One MNS operation: how to send it through the SDK and how to read its answer. */
export interface SdkCall<T> {
  operation: MnsOperation;
  queue: string | undefined;
  signal: AbortSignal | undefined;
  readTimeoutMs: number;
  headers?: Record<string, string>;
  send(options: SdkCallOptions): Promise<SdkResponse>;
  /** Reads the answer; throws ResponseShapeError or UnexpectedStatusError when it is not one. */
  accept(response: SdkResponse, raw: CapturedResponse | undefined): T;
}

/** The SDK resolved, but with a status the operation never succeeds with (e.g. a 502 proxy page). */
export class UnexpectedStatusError extends Error {
  constructor(readonly response: CapturedResponse) {
    super(`unexpected HTTP ${response.status}`);
    this.name = 'UnexpectedStatusError';
  }
}

/** Throws UnexpectedStatusError unless the response has one of the documented statuses. */
export function expectStatus(
  response: SdkResponse,
  raw: CapturedResponse | undefined,
  ...ok: number[]
): void {
  if (ok.includes(response.code)) return;
  const fallback = {
    status: response.code,
    contentType: '',
    body: '',
    requestId: undefined,
    date: undefined,
  };
  throw new UnexpectedStatusError(raw ?? fallback);
}

/** Runs SDK calls with a corrected signing date, a captured raw response and classified failures. */
export interface SdkCaller {
  run<T>(call: SdkCall<T>): Promise<T>;
  /** Closes pooled sockets. */
  dropSockets(): void;
}

/** Creates the caller for one endpoint. */
export function createSdkCaller(options: {
  secure: boolean;
  host: string;
  clock: Clock;
  connectTimeoutMs: number;
}): SdkCaller {
  const signingClock = new SigningClock(options.clock);
  const agent = createCapturingAgent(options.secure);

  function fail(
    call: SdkCall<unknown>,
    thrown: unknown,
    response: CapturedResponse | undefined,
  ): MnsError {
    const seenResponse = thrown instanceof UnexpectedStatusError ? thrown.response : response;
    const details = classifyFailure({
      operation: call.operation,
      aborted: isAborted(call.signal),
      thrown:
        thrown instanceof ResponseShapeError || thrown instanceof UnexpectedStatusError
          ? undefined
          : thrown,
      response: seenResponse,
    });
    const final =
      thrown instanceof ResponseShapeError && details.kind !== 'cancelled'
        ? {
            ...details,
            kind: 'malformed-response' as const,
            retryable: true,
            detail: thrown.message,
          }
        : details;
    return new MnsError(explainFailure(final, { host: options.host, queue: call.queue }), final);
  }

  return {
    async run<T>(call: SdkCall<T>): Promise<T> {
      // A TimeExpired is retried once, after adopting the server's clock from its Date header.
      for (let attempt = 0; ; attempt += 1) {
        if (isAborted(call.signal)) throw fail(call, undefined, undefined);
        const capture = new ResponseCapture();
        const date = signingClock.dateHeader();
        const sdkOptions: SdkCallOptions = {
          headers: { ...call.headers, date, 'x-mns-date': date },
          readTimeout: call.readTimeoutMs,
          // httpx uses this as the socket idle timeout; the real connect deadline is the agent's.
          connectTimeout: call.readTimeoutMs,
          ...agent.requestOptions(capture, call.signal, options.connectTimeoutMs),
        };
        try {
          const response = await raceAbort(call.send(sdkOptions), call.signal);
          return call.accept(response, capture.response);
        } catch (thrown) {
          if (isMnsError(thrown)) throw thrown;
          const error = fail(call, thrown, capture.response);
          const retry = error.kind === 'clock-skew' && attempt === 0;
          if (retry && signingClock.correctFrom(capture.response?.date)) continue;
          throw error;
        }
      }
    },
    dropSockets() {
      agent.dropSockets();
    },
  };
}
