// Native notifications for what the engine's notification policy selected (mute, quiet hours and
// digests are already applied). A click brings the app forward on the event behind it.
import type { NotificationView } from '../../../preload/contract';
import { nativeNotificationOptions } from './notification-text';
import type { ShellElectron, ShellNotification } from './shell-ports';

/** Notifications kept alive at most; older ones can no longer be clicked through. */
const MAX_LIVE = 50;

/** Shows notifications. */
export interface Notifier {
  /** Shows one; false when the system has no notifications. */
  show(view: NotificationView): boolean;
}

/** Creates the notifier. */
export function createNotifier(options: {
  Notification: ShellElectron['Notification'];
  platform: NodeJS.Platform;
  icon: string | undefined;
  onClick: (view: NotificationView) => void;
  log: (message: string) => void;
}): Notifier {
  // A notification that is garbage-collected loses its click handler: keep the recent ones.
  const live = new Set<ShellNotification>();
  const forget = (n: ShellNotification) => live.delete(n);
  return {
    show(view) {
      if (!options.Notification.isSupported()) return false;
      const notification = new options.Notification(
        nativeNotificationOptions(view, options.platform, options.icon),
      );
      notification.on('click', () => {
        forget(notification);
        options.onClick(view);
      });
      notification.on('close', () => forget(notification));
      notification.on('failed', (_event, error) => {
        forget(notification);
        // macOS refuses notifications from unsigned builds; say so once per failure, no content.
        options.log(`A notification could not be shown: ${error}`);
      });
      live.add(notification);
      if (live.size > MAX_LIVE) {
        const oldest = live.values().next().value;
        if (oldest !== undefined) live.delete(oldest);
      }
      notification.show();
      return true;
    },
  };
}
