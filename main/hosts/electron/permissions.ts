// Web permissions the renderer may use: writing to the clipboard (the Copy buttons) from the app's
// own page, and nothing else. Notifications are shown by the main process, so the page never
// needs that permission (security checklist item 5).
import { isAppUrl } from './app-protocol';

const ALLOWED = new Set(['clipboard-sanitized-write']);

/** True when the page at `requestingUrl` may use `permission`. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return ALLOWED.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}
