/** A request/response method the browser may call; `params` is untrusted and must be parsed. */
export type Handler = (params: unknown) => Promise<unknown>;

/** The methods exposed over the socket, by name. */
export type HandlerTable = Readonly<Record<string, Handler>>;

/** Largest request frame answered normally; bigger frames get an error reply. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Longest accepted method name, so junk names are not echoed back at length. */
export const MAX_METHOD_LENGTH = 200;

/** A well-formed client request. */
export interface SocketRequest {
  id: number;
  method: string;
  params: unknown;
}

/** A server reply: `id` is null when the frame was too broken to carry one. */
export type SocketReply =
  { id: number; result: unknown } | { id: number | null; error: { message: string } };

/** Parses one text frame into a request, or an error reply explaining why it was refused. */
export function parseRequest(text: string): SocketRequest | SocketReply {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return errorReply(null, 'malformed request: not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return errorReply(null, 'malformed request: expected an object');
  const { id, method, params } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id))
    return errorReply(null, 'malformed request: id must be an integer');
  if (typeof method !== 'string' || method === '' || method.length > MAX_METHOD_LENGTH)
    return errorReply(id, 'malformed request: method must be a non-empty string');
  return { id, method, params };
}

/** Runs a request against the handler table; never rejects and never exposes a stack. */
export async function dispatch(
  handlers: HandlerTable,
  request: SocketRequest,
): Promise<SocketReply> {
  // Own properties only, so names like "constructor" or "__proto__" cannot reach Object.prototype.
  const handler = Object.hasOwn(handlers, request.method) ? handlers[request.method] : undefined;
  if (typeof handler !== 'function')
    return errorReply(request.id, `unknown method ${request.method}`);
  try {
    return { id: request.id, result: (await handler(request.params)) ?? null };
  } catch (error) {
    return errorReply(request.id, error instanceof Error ? error.message : 'request failed');
  }
}

/** Answers one raw frame: parse, dispatch, and serialise the reply. */
export async function answerFrame(
  handlers: HandlerTable,
  data: Buffer,
  isBinary: boolean,
): Promise<string> {
  if (isBinary) return JSON.stringify(errorReply(null, 'malformed request: binary frame'));
  if (data.length > MAX_REQUEST_BYTES)
    return JSON.stringify(errorReply(null, 'request too large (limit 1 MiB)'));
  const parsed = parseRequest(data.toString('utf8'));
  const reply = 'method' in parsed ? await dispatch(handlers, parsed) : parsed;
  return serializeReply(reply);
}

/** A server push frame carrying one event. */
export function eventFrame(event: unknown): string {
  return JSON.stringify({ event: event ?? null });
}

function serializeReply(reply: SocketReply): string {
  try {
    return JSON.stringify(reply);
  } catch {
    // A handler result that cannot be serialised (cycle, BigInt) must not kill the connection.
    return JSON.stringify(errorReply(reply.id, 'result could not be serialised'));
  }
}

function errorReply(id: number | null, message: string): SocketReply {
  return { id, error: { message } };
}
