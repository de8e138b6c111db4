// The session's rules: the app:// protocol serves the renderer (with the CSP header), and web
// permissions are denied except the few the app's own page needs (security checklist 5 and 18).
import { APP_SCHEME, serveAppRequest } from './app-protocol';
import { isPermissionAllowed } from './permissions';
import type { ShellElectron } from './shell-ports';

/** Serves app:// from `rendererRoot` and installs the permission handlers (after `ready`). */
export function hardenSession(
  electron: Pick<ShellElectron, 'session' | 'protocol'>,
  rendererRoot: string,
): void {
  const session = electron.session.defaultSession;
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  electron.protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(rendererRoot, { url: request.url, method: request.method }),
  );
}
