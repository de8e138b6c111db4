/**
 * A QueueClient whose receives and peeks wait until the test answers them, for poller scenarios
 * the real server cannot stage (an answer arriving after stop, thrown non-MnsErrors).
 */
import { MnsError } from '../../../../main/engine/mns/mns-error';
import type { MnsErrorKind } from '../../../../main/engine/mns/mns-error';
import type {
  PeekedMessage,
  QueueClient,
  ReceivedMessage,
} from '../../../../main/engine/mns/queue-client';
import { SIGNAL_TIMEOUT_MS } from './poller-kit';

/** One request the poller made, to be answered by the test. */
export interface ScriptedCall {
  operation: 'receive' | 'peek';
  max: number;
  waitSeconds: number | undefined;
  signal: AbortSignal | undefined;
  resolve(messages: ReceivedMessage[] | PeekedMessage[]): void;
  reject(error: unknown): void;
}

/** An MnsError of `kind` with a recognisable message. */
export function mnsError(kind: MnsErrorKind): MnsError {
  return new MnsError(`scripted ${kind}`, {
    kind,
    operation: 'receive',
    code: undefined,
    httpStatus: undefined,
    requestId: undefined,
    indeterminate: false,
    retryable: true,
    detail: kind,
  });
}

/** A received message with only the id mattering. */
export function received(messageId: string): ReceivedMessage {
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body: messageId,
    bodyMd5: '',
    enqueueTime: 0,
    firstDequeueTime: 0,
    nextVisibleTime: 0,
    dequeueCount: 1,
    priority: 8,
    rawXml: '',
  };
}

/** The scripted client; `honourAbort` makes an aborted call reject like the real client does. */
export class ScriptedClient implements QueueClient {
  readonly calls: ScriptedCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  drops = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly honourAbort = true) {}

  receive(
    _queue: string,
    options: { max: number; waitSeconds: number; signal?: AbortSignal | undefined },
  ): Promise<ReceivedMessage[]> {
    return this.call('receive', options.max, options.waitSeconds, options.signal) as Promise<
      ReceivedMessage[]
    >;
  }

  peek(
    _queue: string,
    options: { max: number; signal?: AbortSignal | undefined },
  ): Promise<PeekedMessage[]> {
    return this.call('peek', options.max, undefined, options.signal) as Promise<PeekedMessage[]>;
  }

  /** Resolves with call number `n` (1-based) once the poller has made it. */
  nthCall(n: number): Promise<ScriptedCall> {
    const existing = this.calls[n - 1];
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out waiting for call ${n}; have ${this.calls.length}`));
      }, SIGNAL_TIMEOUT_MS);
      const check = (): void => {
        const call = this.calls[n - 1];
        if (call === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(call);
      };
      this.listeners.add(check);
    });
  }

  delete(): Promise<void> {
    return Promise.reject(new Error('not scripted'));
  }
  deleteBatch(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }
  changeVisibility(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }
  listQueues(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }
  getQueueAttributes(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }
  dropConnections(): void {
    this.drops += 1;
  }

  private call(
    operation: 'receive' | 'peek',
    max: number,
    waitSeconds: number | undefined,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        this.inFlight -= 1;
        fn();
      };
      const call: ScriptedCall = {
        operation,
        max,
        waitSeconds,
        signal,
        resolve: (messages) => settle(() => resolve(messages)),
        reject: (error) => settle(() => reject(error)),
      };
      if (this.honourAbort) {
        signal?.addEventListener('abort', () => call.reject(mnsError('cancelled')), { once: true });
      }
      this.calls.push(call);
      for (const listener of [...this.listeners]) listener();
    });
  }
}
