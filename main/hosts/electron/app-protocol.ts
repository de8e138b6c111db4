// The app:// protocol that serves the built renderer instead of file://: a standard, secure origin
// of its own (so the sender check and the CSP have an origin to name), files only from the
// renderer folder, and the security headers on every answer.
import { lookupStatic } from '../browser/static-files';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** The custom scheme. */
export const APP_SCHEME = 'app';
/** The one host the scheme serves. */
export const APP_HOST = 'mns-watch';
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How the scheme is registered before `ready`: standard (real origin, relative URLs resolve) and
 * secure (a secure context like https). No CSP bypass, no service workers; fetch and CORS are on
 * only because module scripts are fetched in CORS mode.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
} as const;

/** Headers on every app:// answer, so errors are as locked down as pages. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** True for a URL on the app's own origin (app://mns-watch/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Answers one app:// request from `root` (out/renderer). Only GET and HEAD of the app's own host;
 * the path is checked segment by segment and resolved through symlinks, so nothing outside the
 * folder can be read (see lookupStatic).
 */
export async function serveAppRequest(
  root: string,
  request: { url: string; method: string },
): Promise<Response> {
  const text = (status: number, body: string) =>
    new Response(body, {
      status,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return text(405, 'Method not allowed.\n');
  const rawPath = rawPathOfAppUrl(request.url);
  if (rawPath === undefined) return text(404, 'Not found.\n');
  const found = await lookupStatic(root, rawPath);
  if (!found.found) return text(found.status, found.reason);
  const body = request.method === 'HEAD' ? null : new Uint8Array(found.body);
  return new Response(body, {
    status: 200,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': found.contentType },
  });
}

/**
 * The path of an app:// URL exactly as sent (not normalised, so `..`, `%2e%2e` and `%2f` stay
 * visible to lookupStatic, which refuses them), without query or fragment; undefined for any other
 * origin.
 */
function rawPathOfAppUrl(url: string): string | undefined {
  const origin = `${APP_SCHEME}://${APP_HOST}`;
  if (url !== origin && !url.startsWith(`${origin}/`)) return undefined;
  const afterHost = url.slice(origin.length);
  const end = afterHost.search(/[?#]/);
  return end < 0 ? afterHost : afterHost.slice(0, end);
}
