// Native notification text. Linux notification servers (libnotify) read the body as a small
// markup language, so `<b>` or `&amp;` in a message would be rendered or eaten: escape them there.
import type { NotificationView } from '../../../preload/contract';

/** Body text with the markup characters escaped. */
export function escapeNotificationMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Options for Electron's Notification, for `platform`. */
export function nativeNotificationOptions(
  view: NotificationView,
  platform: NodeJS.Platform,
  icon: string | undefined,
): {
  title: string;
  body: string;
  urgency?: 'normal' | 'critical';
  icon?: string;
} {
  return {
    title: view.title,
    body: platform === 'linux' ? escapeNotificationMarkup(view.body) : view.body,
    // Urgency exists only on Linux; elsewhere Electron ignores it.
    ...(platform === 'linux' ? { urgency: view.urgency } : {}),
    ...(icon !== undefined && platform !== 'darwin' ? { icon } : {}),
  };
}
