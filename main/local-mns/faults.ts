/**
 * Scripted faults, matched per request in the order they were added. A fault that cannot apply to
 * the matched operation (e.g. 'fast-empty' on a delete) is skipped without being used up.
 */
import { BATCH_READ_OPERATIONS, MESSAGE_READ_OPERATIONS, RECEIVE_OPERATIONS } from './operations';
import type { MnsOperation } from './operations';

/** Ways to make a response hostile to a client parser. */
export type HostileVariant =
  | '__proto__'
  | 'missing-receipt-handle'
  | 'non-numeric-dequeue-count'
  | 'huge-body'
  | 'invalid-utf8'
  | 'single-message';

/** One fault. */
export type Fault =
  /** An XML `<Error>` instead of processing, e.g. 500 InternalError or 429 TooManyRequests. */
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly code: string;
      readonly message?: string;
    }
  /** A `text/html` page from a "proxy", without processing. */
  | { readonly kind: 'html'; readonly status: number }
  /** Any body and content type, without processing. */
  | {
      readonly kind: 'non-xml';
      readonly status: number;
      readonly contentType: string;
      readonly body: string;
    }
  /**
   * Processes normally, then sends half the XML: as a complete short body (client sees an XML
   * parse error) or with the full Content-Length and a closed socket (client sees an abort).
   */
  | { readonly kind: 'truncated-xml'; readonly mode?: 'short-body' | 'content-length-mismatch' }
  /** Destroys the socket before processing: nothing is committed. */
  | { readonly kind: 'reset' }
  /** Processes (commits) the request, then destroys the socket instead of answering. */
  | { readonly kind: 'reset-after-commit' }
  /**
   * Delays the response by `ms` real milliseconds: after processing ('after', default: a slow
   * answer to a committed request) or before it ('before': nothing commits if the client gives up).
   */
  | { readonly kind: 'delay'; readonly ms: number; readonly phase?: 'before' | 'after' }
  /** A receive answers 404 MessageNotExist at once, as the cloud does over its long-poll cap. */
  | { readonly kind: 'fast-empty' }
  /** A batch receive/peek returns at most `max` messages. */
  | { readonly kind: 'partial-batch'; readonly max: number }
  /** A batch receive repeats a delivered message within the same batch. */
  | { readonly kind: 'duplicate' }
  /** Receive/peek responses shaped to trip client parsers (messages are still leased). */
  | { readonly kind: 'hostile-xml'; readonly variant: HostileVariant };

/** The kind of a fault. */
export type FaultKind = Fault['kind'];

/** What a request must look like for a rule to fire. */
export interface FaultMatch {
  readonly operation?: MnsOperation | string | readonly string[];
  readonly queue?: string;
  readonly topic?: string;
  /** Extra condition, e.g. on the raw path. */
  readonly when?: (request: FaultRequest) => boolean;
}

/** A rule: fire `fault` on the next `times` matching requests (default 1; Infinity allowed). */
export interface FaultRule {
  readonly match?: FaultMatch;
  readonly times?: number;
  readonly fault: Fault;
}

/** What fault matching sees of a request. */
export interface FaultRequest {
  readonly requestId: string;
  readonly operation: MnsOperation;
  readonly method: string;
  readonly path: string;
  readonly queue?: string;
  readonly topic?: string;
}

/** A fault that fired. */
export interface FiredFault {
  readonly ruleId: number;
  readonly requestId: string;
  readonly operation: MnsOperation;
  readonly queue?: string;
  readonly fault: Fault;
}

/** Handle to an added rule. */
export interface FaultRuleHandle {
  readonly id: number;
  /** How many more times it will fire. */
  remaining(): number;
  remove(): void;
}

interface ActiveRule {
  readonly id: number;
  readonly rule: FaultRule;
  remaining: number;
}

const ANY: ReadonlySet<MnsOperation> | undefined = undefined;
const APPLIES_TO: Readonly<Record<FaultKind, ReadonlySet<MnsOperation> | undefined>> = {
  error: ANY,
  html: ANY,
  'non-xml': ANY,
  'truncated-xml': ANY,
  reset: ANY,
  'reset-after-commit': ANY,
  delay: ANY,
  'fast-empty': RECEIVE_OPERATIONS,
  'partial-batch': BATCH_READ_OPERATIONS,
  duplicate: BATCH_READ_OPERATIONS,
  'hostile-xml': MESSAGE_READ_OPERATIONS,
};

/** The fault script of one server. */
export class FaultScript {
  private readonly rules: ActiveRule[] = [];
  private readonly firedLog: FiredFault[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  /** Adds a rule; returns a handle to inspect or remove it. */
  add(rule: FaultRule): FaultRuleHandle {
    const times = rule.times ?? 1;
    if (!(times > 0)) throw new RangeError('times must be positive (Infinity allowed)');
    if (rule.fault.kind === 'partial-batch' && !(rule.fault.max >= 1))
      throw new RangeError('max must be >= 1');
    const active: ActiveRule = { id: this.nextId++, rule, remaining: times };
    this.rules.push(active);
    return {
      id: active.id,
      remaining: () => active.remaining,
      remove: () => this.drop(active),
    };
  }

  /** Removes every rule (the fired record is kept). */
  clear(): void {
    this.rules.length = 0;
  }

  /** Rules still armed. */
  pending(): number {
    return this.rules.length;
  }

  /** Every fault that fired, oldest first. */
  get fired(): readonly FiredFault[] {
    return [...this.firedLog];
  }

  /** Resolves once `count` faults have fired in total; rejects after `timeoutMs` real ms. */
  waitForFired(count = 1, timeoutMs = 10_000): Promise<FiredFault> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const fired = this.firedLog[count - 1];
        if (fired === undefined) return false;
        clearTimeout(timeout);
        this.listeners.delete(listener);
        resolve(fired);
        return true;
      };
      const listener = (): void => void check();
      const timeout = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for ${count} fired fault(s)`));
      }, timeoutMs);
      if (!check()) this.listeners.add(listener);
    });
  }

  /** Picks (and uses up) the first armed rule that matches and applies to this request. */
  take(request: FaultRequest): Fault | undefined {
    const active = this.rules.find((candidate) => this.matches(candidate.rule, request));
    if (active === undefined) return undefined;
    active.remaining--;
    if (active.remaining <= 0) this.drop(active);
    const fired: FiredFault = {
      ruleId: active.id,
      requestId: request.requestId,
      operation: request.operation,
      fault: active.rule.fault,
      ...(request.queue === undefined ? {} : { queue: request.queue }),
    };
    this.firedLog.push(fired);
    for (const listener of [...this.listeners]) listener();
    return active.rule.fault;
  }

  private drop(active: ActiveRule): void {
    const index = this.rules.indexOf(active);
    if (index >= 0) this.rules.splice(index, 1);
  }

  private matches(rule: FaultRule, request: FaultRequest): boolean {
    const applies = APPLIES_TO[rule.fault.kind];
    if (applies !== undefined && !applies.has(request.operation)) return false;
    const match = rule.match;
    if (match === undefined) return true;
    if (match.operation !== undefined) {
      const wanted: readonly string[] =
        typeof match.operation === 'string' ? [match.operation] : match.operation;
      if (!wanted.includes(request.operation)) return false;
    }
    if (match.queue !== undefined && match.queue !== request.queue) return false;
    if (match.topic !== undefined && match.topic !== request.topic) return false;
    return match.when === undefined || match.when(request);
  }
}
