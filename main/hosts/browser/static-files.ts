import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/** Content types by file extension; anything else is served as opaque bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type for a file name. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** A static lookup result: a file's bytes and type, or an HTTP status with a reason. */
export type StaticLookup =
  | { found: true; body: Buffer; contentType: string }
  | { found: false; status: 400 | 404; reason: string };

const notFound: StaticLookup = { found: false, status: 404, reason: 'Not found.\n' };
const badPath: StaticLookup = { found: false, status: 400, reason: 'Bad request path.\n' };

/**
 * Splits a raw request path into decoded segments, or undefined when any segment could escape
 * the root (`..`, `.`, encoded slashes or backslashes, NUL) or names a dotfile.
 */
export function safeSegments(rawPath: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    // Decoding after splitting means %2F cannot smuggle a separator; reject what could still.
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * Looks up the file a request path names under `root`. `/` serves index.html. There is no SPA
 * fallback: the renderer has a single route, so an unknown path is a real 404, not index.html.
 */
export async function lookupStatic(root: string, rawPath: string): Promise<StaticLookup> {
  const segments = safeSegments(rawPath);
  if (segments === undefined) return badPath;
  const relative = segments.length === 0 ? ['index.html'] : segments;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...relative));
    // realpath resolves symlinks, so a link pointing outside the root is caught here.
    if (!real.startsWith(realRoot + sep)) return notFound;
    if (!(await stat(real)).isFile()) return notFound;
    return { found: true, body: await readFile(real), contentType: contentTypeFor(real) };
  } catch {
    return notFound;
  }
}

/** The path part of a raw request target, without query or fragment (left undecoded). */
export function rawPathOf(requestTarget: string): string {
  const end = requestTarget.search(/[?#]/);
  return end < 0 ? requestTarget : requestTarget.slice(0, end);
}
