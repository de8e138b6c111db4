/**
 * The renderer's Content-Security-Policy, sent as a header by the app:// protocol (a `<meta>`
 * cannot carry frame-ancestors): only its own scripts and styles, no inline script, and no network
 * at all, since every request to MNS is made by the main process.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
