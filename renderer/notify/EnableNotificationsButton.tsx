import { useState } from 'react';

import { useT } from '../i18n/i18n-context';
import { notificationPermission, requestNotificationPermission } from './web-notifications';
import type { NotifyPermission } from './web-notifications';

/**
 * Offers desktop notifications in the browser host while the browser has not been asked yet.
 * Browsers only show the permission prompt after a user gesture, hence a button.
 */
export function EnableNotificationsButton({ host }: { host: 'electron' | 'browser' | undefined }) {
  const t = useT();
  const [permission, setPermission] = useState<NotifyPermission>(notificationPermission);
  if (host !== 'browser' || permission !== 'default') return null;
  return (
    <button
      type="button"
      className="btn btn--small"
      onClick={() => void requestNotificationPermission().then(setPermission)}
    >
      {t('feed.notify.enable')}
    </button>
  );
}
