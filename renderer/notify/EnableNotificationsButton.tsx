import { useState } from 'react';

import { useT } from '../i18n/i18n-context';
import { BellIcon } from '../ui/icons';
import { useNarrowLayout } from '../ui/use-narrow-layout';
import { notificationPermission, requestNotificationPermission } from './web-notifications';
import type { NotifyPermission } from './web-notifications';

/**
 * Offers desktop notifications in the browser host while the browser has not been asked yet.
 * Browsers only show the permission prompt after a user gesture, hence a button (an icon in the
 * narrow layout, with the same name).
 */
export function EnableNotificationsButton({ host }: { host: 'electron' | 'browser' | undefined }) {
  const t = useT();
  const narrow = useNarrowLayout();
  const [permission, setPermission] = useState<NotifyPermission>(notificationPermission);
  if (host !== 'browser' || permission !== 'default') return null;
  const label = t('feed.notify.enable');
  const request = (): void => void requestNotificationPermission().then(setPermission);
  if (narrow) {
    return (
      <button type="button" className="btn btn--ghost btn--icon" title={label} onClick={request}>
        <BellIcon />
        <span className="visually-hidden">{label}</span>
      </button>
    );
  }
  return (
    <button type="button" className="btn btn--small" onClick={request}>
      {label}
    </button>
  );
}
