import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Bytes of randomness in a per-run access token (256 bits). */
export const TOKEN_BYTES = 32;

/** A fresh per-run access token: 32 random bytes, base64url. */
export function createAccessToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether `candidate` equals `expected`, in time independent of where they differ. */
export function tokensMatch(candidate: string, expected: string): boolean {
  // Hashing first gives equal-length buffers, so neither content nor length leaks through timing.
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The cookie name that carries the token for the host on `port`. */
export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two hosts on different ports must not overwrite each other's cookie.
  return `mns_watch_token_${port}`;
}

/** A Set-Cookie value that lets same-origin assets and the WebSocket upgrade reuse the token. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Where a request presented its token, if anywhere. */
export interface PresentedToken {
  /** The `?token=` query value. */
  query: string | undefined;
  /** The value of this port's token cookie. */
  cookie: string | undefined;
}

/** The tokens a request carries in its `?token=` query and in its cookie for `port`. */
export function presentedToken(req: IncomingMessage, port: number): PresentedToken {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  return {
    query: url.searchParams.get('token') ?? undefined,
    cookie: readCookie(req.headers.cookie, tokenCookieName(port)),
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
