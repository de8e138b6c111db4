import { useT } from '../i18n/i18n-context';
import type { ConnectionState } from '../store/connection-slice';

/** Says when the socket to the engine is down (browser host only; Electron is always open). */
export function ConnectionBanner({
  connection,
  onReload,
}: {
  connection: ConnectionState;
  onReload(): void;
}) {
  const t = useT();
  if (connection === 'open') return null;
  if (connection === 'reconnecting') {
    return (
      <div className="banner banner--warning app-banner" role="status">
        {t('feed.connection.reconnecting')}
      </div>
    );
  }
  return (
    <div className="banner banner--error app-banner" role="alert">
      <span>{t('feed.connection.closed')}</span>
      <button type="button" className="btn btn--small" onClick={onReload}>
        {t('feed.connection.reload')}
      </button>
    </div>
  );
}
