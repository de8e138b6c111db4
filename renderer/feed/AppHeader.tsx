import type { ReactNode } from 'react';

import type { AppInfo } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { GearIcon } from '../ui/icons';
import { useNarrowLayout } from '../ui/use-narrow-layout';

/**
 * The app's title bar: name, version and host, demo badge, and the settings button. In the
 * narrow layout it stays on one line: the version moves into the name's tooltip and the buttons
 * shrink to icons (keeping their names for assistive technology and as tooltips).
 */
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
  const narrow = useNarrowLayout();
  const version =
    info === undefined
      ? undefined
      : `v${info.version} · ${info.host === 'electron' ? t('feed.app.desktop') : t('feed.app.browser')}`;
  return (
    <header className="app-header">
      <h1 className="app-header__name" title={narrow ? version : undefined}>
        {t('app.name')}
      </h1>
      {version !== undefined && (
        <span className="app-header__meta" data-testid="app-version">
          {version}
        </span>
      )}
      {demo && (
        <span className="badge badge--demo" title={t('feed.app.demoHint')}>
          {t('feed.demo')}
        </span>
      )}
      <span className="app-header__spacer" />
      {children}
      {onOpenSettings !== undefined &&
        (narrow ? (
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            title={t('common.settings')}
            onClick={onOpenSettings}
          >
            <GearIcon />
            <span className="visually-hidden">{t('common.settings')}</span>
          </button>
        ) : (
          <button type="button" className="btn btn--ghost" onClick={onOpenSettings}>
            {t('common.settings')}
          </button>
        ))}
    </header>
  );
}
