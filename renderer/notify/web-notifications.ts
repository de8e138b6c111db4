// Desktop notifications in the browser host. Electron's main process shows its own natively, so
// these are only used when the engine runs behind the browser host.
import type { NotificationView } from '../../preload/contract';
import { localizeNotification } from '../i18n/notification-text';
import type { Language } from '../i18n/translate';

/** Whether the page may notify: the browser's permission, or no support at all. */
export type NotifyPermission = NotificationPermission | 'unsupported';

function notificationApi(): typeof Notification | undefined {
  return typeof window.Notification === 'function' ? window.Notification : undefined;
}

/** The page's notification permission right now. */
export function notificationPermission(): NotifyPermission {
  return notificationApi()?.permission ?? 'unsupported';
}

/** Asks for permission; browsers only allow this from a user gesture such as a click. */
export async function requestNotificationPermission(): Promise<NotifyPermission> {
  const api = notificationApi();
  if (api === undefined) return 'unsupported';
  return api.requestPermission();
}

/**
 * Shows one notification when allowed, its engine-written text put into `language`; a click brings
 * the window forward and opens the first event behind it. Returns whether it was shown.
 */
export function showWebNotification(
  view: NotificationView,
  onOpen: (eventId: string) => void,
  language: Language = 'en',
): boolean {
  const api = notificationApi();
  if (api === undefined || api.permission !== 'granted') return false;
  const { title, body } = localizeNotification(view, language);
  const options: NotificationOptions = view.tag === undefined ? { body } : { body, tag: view.tag };
  const notification = new api(title, options);
  notification.onclick = () => {
    window.focus();
    const first = view.eventRefs[0];
    if (first !== undefined) onOpen(first);
    notification.close();
  };
  return true;
}
