import type { IncomingMessage } from 'node:http';

import { presentedToken, tokensMatch } from './access-token';

/** Why a request was refused: an HTTP status and a short plain-text reason (never the token). */
export interface Refusal {
  status: number;
  reason: string;
}

/** Outcome of the access checks: refused, or allowed (and whether the token came in the query). */
export type GuardResult = { ok: false; refusal: Refusal } | { ok: true; viaQuery: boolean };

/** The Host header values this host answers to on `port`. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The Origin header values a WebSocket upgrade may carry on `port`. */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** Whether the Host header names this server, which defeats DNS-rebinding pages. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** Whether the Origin header is exactly this server's origin (a missing Origin is refused). */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && allowedOrigins(port).includes(origin.toLowerCase());
}

const badHost: Refusal = { status: 403, reason: 'Forbidden: unexpected Host header.\n' };
const badOrigin: Refusal = { status: 403, reason: 'Forbidden: unexpected Origin.\n' };
const badToken: Refusal = {
  status: 403,
  reason: 'Forbidden: missing or wrong access token. Open the URL printed by MNS Watch.\n',
};

/** Checks Host and the access token (query or cookie) of a plain HTTP request. */
export function guardRequest(req: IncomingMessage, port: number, token: string): GuardResult {
  if (!hostAllowed(req, port)) return { ok: false, refusal: badHost };
  const presented = presentedToken(req, port);
  // Evaluate both so the time taken does not reveal which one was present or valid.
  const queryOk = presented.query !== undefined && tokensMatch(presented.query, token);
  const cookieOk = presented.cookie !== undefined && tokensMatch(presented.cookie, token);
  if (!queryOk && !cookieOk) return { ok: false, refusal: badToken };
  return { ok: true, viaQuery: queryOk };
}

/** Checks Host, Origin and the access token of a WebSocket upgrade request. */
export function guardUpgrade(req: IncomingMessage, port: number, token: string): GuardResult {
  if (!hostAllowed(req, port)) return { ok: false, refusal: badHost };
  // Pages on other 127.0.0.1 ports are same-site, so the cookie rides along; Origin stops them.
  if (!originAllowed(req, port)) return { ok: false, refusal: badOrigin };
  return guardRequest(req, port, token);
}
