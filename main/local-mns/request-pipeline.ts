/**
 * One request from arrival to audit entry: read body → route → proxy-level faults → authenticate
 * → handler → response-shaping faults → write. The audit entry is written once, when the
 * response closes, so a committed operation whose response was lost is still logged as committed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

import type { AuditEntry, AuditLog } from './audit-log';
import { MnsError, mnsError, publishedMessage } from './errors';
import { duplicateFirstMessage, hostileBody, htmlErrorPage, truncateBody } from './fault-responses';
import type { Fault, FaultScript } from './faults';
import type { CompatOptions, Handler, HandlerResult } from './handler-context';
import { emptyOutcome } from './handler-context';
import {
  baseUrlOf,
  mnsHeaders,
  newRequestId,
  readBody,
  realDelay,
  writeResponse,
  writeThenAbort,
  XML_CONTENT_TYPE,
} from './http-io';
import { MESSAGE_HANDLERS } from './message-handlers';
import type { MnsOperation } from './operations';
import { QUEUE_HANDLERS } from './queue-handlers';
import { parseRequestBody } from './request-xml';
import type { ParsedBody } from './request-xml';
import { ERROR_NAMESPACE, errorDocument, renderXml, SUCCESS_NAMESPACE } from './response-xml';
import { resolveRoute } from './routes';
import type { Route } from './routes';
import { authenticate } from './signature';
import type { SignaturePolicy } from './signature';
import type { LocalMnsStore } from './store';
import { TOPIC_HANDLERS } from './topic-handlers';

/** Everything the pipeline needs from the server. */
export interface PipelineConfig {
  readonly store: LocalMnsStore;
  readonly audit: AuditLog;
  readonly faults: FaultScript;
  readonly signature: SignaturePolicy;
  readonly compat: CompatOptions;
  readonly maxRequestBytes: number;
  readonly fallbackBaseUrl: () => string;
  readonly onInternalError: (error: unknown) => void;
}

const HANDLERS: Readonly<Record<Exclude<MnsOperation, 'Unknown'>, Handler>> = {
  ...QUEUE_HANDLERS,
  ...MESSAGE_HANDLERS,
  ...TOPIC_HANDLERS,
};

interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

/** Serves one request. */
export async function handleRequest(
  config: PipelineConfig,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  await new Exchange(config, req, res).run();
}

class Exchange {
  private readonly requestId = newRequestId();
  private readonly startedAt = Date.now();
  private readonly startedPerf = performance.now();
  private readonly time: number;
  private readonly method: string;
  private readonly rawTarget: string;
  private readonly baseUrl: string;
  private readonly controller = new AbortController();
  private readonly outcome = emptyOutcome();
  private route: Route | undefined;
  private fault: Fault | undefined;
  private status = 0;
  private errorCode: string | undefined;
  private serverDestroyed = false;

  constructor(
    private readonly config: PipelineConfig,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
  ) {
    this.time = config.store.clock.now();
    this.method = (req.method ?? 'GET').toUpperCase();
    this.rawTarget = req.url ?? '/';
    this.baseUrl = baseUrlOf(req, config.fallbackBaseUrl());
    res.on('error', () => undefined);
    res.once('close', () => {
      if (!res.writableFinished && !this.serverDestroyed) this.controller.abort();
      this.record();
    });
  }

  async run(): Promise<void> {
    let read: { body: Buffer; tooLarge: boolean };
    try {
      read = await readBody(this.req, this.config.maxRequestBytes);
    } catch {
      return; // the client left mid-upload; the close handler records it
    }
    const parsed: ParsedBody = read.tooLarge ? { kind: 'empty' } : parseRequestBody(read.body);
    const route = resolveRoute(this.method, this.rawTarget, parsed);
    this.route = route;
    const fault = this.config.faults.take({
      requestId: this.requestId,
      operation: route.operation,
      method: this.method,
      path: this.rawTarget,
      ...(route.queue === undefined ? {} : { queue: route.queue }),
      ...(route.topic === undefined ? {} : { topic: route.topic }),
    });
    this.fault = fault;
    const signal = this.controller.signal;

    // Faults a proxy in front of MNS would cause: nothing reaches the service.
    if (fault?.kind === 'reset') return this.destroy();
    if (fault?.kind === 'error') {
      return this.send(
        this.errorResponse(
          new MnsError(fault.status, fault.code, fault.message ?? publishedMessage(fault.code)),
        ),
      );
    }
    if (fault?.kind === 'html')
      return this.sendRaw(fault.status, 'text/html', htmlErrorPage(fault.status));
    if (fault?.kind === 'non-xml') return this.sendRaw(fault.status, fault.contentType, fault.body);
    if (fault?.kind === 'delay' && fault.phase === 'before') {
      await realDelay(fault.ms, signal);
      if (signal.aborted) return;
    }

    const rejection =
      authenticate(this.config.signature, this.method, this.req.headers, this.rawTarget) ??
      (read.tooLarge
        ? new MnsError(400, 'InvalidArgument', 'The request body is too large.')
        : undefined) ??
      route.error;
    if (rejection !== undefined) return this.send(this.errorResponse(rejection));
    if (fault?.kind === 'fast-empty')
      return this.send(this.errorResponse(mnsError('MessageNotExist')));

    const result = await this.invoke(route, parsed, fault);
    // Only a parked receive can outlive its client, and a cancelled poll commits nothing.
    if (signal.aborted) return;
    const response =
      result instanceof MnsError ? this.errorResponse(result) : this.successResponse(result, fault);
    this.status = response.status;
    if (fault?.kind === 'reset-after-commit') return this.destroy();
    if (fault?.kind === 'delay' && fault.phase !== 'before') {
      await realDelay(fault.ms, signal);
      if (signal.aborted) return;
    }
    if (fault?.kind === 'truncated-xml')
      return this.sendTruncated(response, fault.mode ?? 'short-body');
    this.send(response);
  }

  private async invoke(
    route: Route,
    body: ParsedBody,
    fault: Fault | undefined,
  ): Promise<HandlerResult | MnsError> {
    if (route.operation === 'Unknown') return mnsError('InvalidRequestURL');
    try {
      return await HANDLERS[route.operation]({
        store: this.config.store,
        route,
        body,
        headers: this.req.headers,
        baseUrl: this.baseUrl,
        signal: this.controller.signal,
        compat: this.config.compat,
        outcome: this.outcome,
        ...(fault?.kind === 'partial-batch' ? { maxBatch: fault.max } : {}),
      });
    } catch (error) {
      if (error instanceof MnsError) return error;
      this.config.onInternalError(error);
      return mnsError('InternalError');
    }
  }

  private headers(contentType = XML_CONTENT_TYPE): Record<string, string> {
    return {
      'Content-Type': contentType,
      ...mnsHeaders(this.requestId, this.config.store.clock.now()),
    };
  }

  private errorResponse(error: MnsError): RenderedResponse {
    this.errorCode = error.code;
    const namespace = this.config.compat.errorNamespaceTrailingSlash
      ? SUCCESS_NAMESPACE
      : ERROR_NAMESPACE;
    const xml = renderXml(
      errorDocument(error.code, error.message, this.requestId, this.baseUrl, namespace),
    );
    return { status: error.status, headers: this.headers(), body: Buffer.from(xml, 'utf8') };
  }

  private successResponse(result: HandlerResult, fault: Fault | undefined): RenderedResponse {
    const headers = { ...this.headers(), ...result.headers };
    let document = result.document;
    if (document === undefined) return { status: result.status, headers, body: undefined };
    if (fault?.kind === 'duplicate') document = duplicateFirstMessage(document);
    const body =
      fault?.kind === 'hostile-xml' && result.status === 200
        ? hostileBody(document, fault.variant)
        : Buffer.from(renderXml(document), 'utf8');
    return { status: result.status, headers, body };
  }

  private send(response: RenderedResponse): void {
    this.status = response.status;
    writeResponse(this.res, response.status, response.headers, response.body);
  }

  private sendRaw(status: number, contentType: string, body: string): void {
    this.status = status;
    const headers = {
      'Content-Type': contentType,
      Date: new Date(this.config.store.clock.now()).toUTCString(),
    };
    writeResponse(this.res, status, headers, Buffer.from(body, 'utf8'));
  }

  private sendTruncated(
    response: RenderedResponse,
    mode: 'short-body' | 'content-length-mismatch',
  ): void {
    // A body-less success (204) has nothing to cut, so a cut document is sent under 200 instead.
    const full = response.body ?? Buffer.from(renderXml({ root: 'Message', children: [] }), 'utf8');
    const status = response.body === undefined ? 200 : response.status;
    this.status = status;
    const partial = truncateBody(full);
    if (mode === 'short-body') return writeResponse(this.res, status, response.headers, partial);
    writeThenAbort(this.res, status, response.headers, full, partial, () => this.destroy());
  }

  private destroy(): void {
    this.serverDestroyed = true;
    const socket = this.req.socket;
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
  }

  private record(): void {
    const route = this.route;
    const entry: Omit<AuditEntry, 'seq'> = {
      requestId: this.requestId,
      time: this.time,
      startedAt: this.startedAt,
      method: this.method,
      path: this.rawTarget,
      operation: route?.operation ?? 'Unknown',
      status: this.status,
      messageIds: this.outcome.messageIds,
      receiptHandles: this.outcome.receiptHandles,
      handleWasNewest: this.outcome.handleWasNewest,
      handleResults: this.outcome.handleResults,
      issuedReceiptHandles: this.outcome.issuedReceiptHandles,
      committed: this.outcome.committed,
      responseSent: this.res.writableFinished && !this.serverDestroyed,
      parked: this.outcome.parked,
      clientClosedEarly: this.controller.signal.aborted,
      durationMs: performance.now() - this.startedPerf,
      ...(route?.queue === undefined ? {} : { queue: route.queue }),
      ...(route?.topic === undefined ? {} : { topic: route.topic }),
      ...(this.errorCode === undefined ? {} : { errorCode: this.errorCode }),
      ...(this.fault === undefined ? {} : { fault: this.fault.kind }),
    };
    this.config.audit.record(entry);
  }
}
