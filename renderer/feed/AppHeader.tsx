import type { ReactNode } from 'react';

import type { AppInfo } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';

/** The app's title bar: name, version and host, demo badge, and the settings button. */
export function AppHeader({
  info,
  demo,
  onOpenSettings,
  children,
}: {
  info: AppInfo | undefined;
  demo: boolean;
  /** Undefined while there is nothing to configure (no engine). */
  onOpenSettings: (() => void) | undefined;
  /** Extra controls before the settings button. */
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <header className="app-header">
      <h1 className="app-header__name">{t('app.name')}</h1>
      {info !== undefined && (
        <span className="app-header__meta" data-testid="app-version">
          v{info.version} ·{' '}
          {info.host === 'electron' ? t('feed.app.desktop') : t('feed.app.browser')}
        </span>
      )}
      {demo && (
        <span className="badge badge--demo" title={t('feed.app.demoHint')}>
          {t('feed.demo')}
        </span>
      )}
      <span className="app-header__spacer" />
      {children}
      {onOpenSettings !== undefined && (
        <button type="button" className="btn btn--ghost" onClick={onOpenSettings}>
          {t('common.settings')}
        </button>
      )}
    </header>
  );
}
