import { describe, expect, it } from 'vitest';

import {
  createAccessToken,
  tokenCookie,
  tokensMatch,
} from '../../../../main/hosts/browser/access-token';
import { contentTypeFor, safeSegments } from '../../../../main/hosts/browser/static-files';
import { parseRequest } from '../../../../main/hosts/browser/socket-protocol';

describe('access token', () => {
  it('is fresh, 32 bytes and base64url', () => {
    const a = createAccessToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(createAccessToken());
  });

  it('matches only the exact token, whatever the lengths', () => {
    const t = createAccessToken();
    expect(tokensMatch(t, t)).toBe(true);
    expect(tokensMatch(`${t}x`, t)).toBe(false);
    expect(tokensMatch(t.slice(1), t)).toBe(false);
    expect(tokensMatch('', t)).toBe(false);
  });

  it('builds a per-port HttpOnly SameSite=Strict cookie', () => {
    expect(tokenCookie(4321, 'abc')).toBe(
      'mns_watch_token_4321=abc; HttpOnly; SameSite=Strict; Path=/',
    );
  });
});

describe('static paths', () => {
  it('splits and decodes safe paths', () => {
    expect(safeSegments('/')).toEqual([]);
    expect(safeSegments('/assets/app%20x.js')).toEqual(['assets', 'app x.js']);
  });

  it('rejects anything that could climb out or hide', () => {
    for (const path of ['/..', '/a/%2e%2E/b', '/a%2fb', '/a%5cb', '/%00', '/.git/config', '/%zz'])
      expect(safeSegments(path), path).toBeUndefined();
  });

  it('maps content types', () => {
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('A.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('favicon.ico')).toBe('image/x-icon');
    expect(contentTypeFor('x.bin')).toBe('application/octet-stream');
  });
});

describe('socket request parsing', () => {
  it('accepts a well-formed request and keeps params as unknown', () => {
    expect(parseRequest('{"id":1,"method":"m","params":[1]}')).toEqual({
      id: 1,
      method: 'm',
      params: [1],
    });
  });

  it('refuses over-long method names', () => {
    expect(parseRequest(JSON.stringify({ id: 2, method: 'm'.repeat(201) }))).toEqual({
      id: 2,
      error: { message: 'malformed request: method must be a non-empty string' },
    });
  });
});
