import { useId, useRef } from 'react';

import type { Api, AppInfo, SettingsView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { useDialogFocus } from '../setup/use-dialog-focus';
import { AccountsSection } from './AccountsSection';
import { AppearanceSection } from './AppearanceSection';
import { HistorySection } from './HistorySection';
import { NotificationsSection } from './NotificationsSection';
import { SecretsSection } from './SecretsSection';
import { StartAtLoginSection } from './StartAtLoginSection';
import '../setup/controls.css';
import './SettingsPanel.css';

/** The settings side sheet: accounts, notifications, history, appearance, login and secrets. */
export function SettingsPanel(props: {
  api: Api;
  settings: SettingsView;
  info: AppInfo;
  onClose(): void;
  onAddAccount(): void;
  onEditAccount(id: string): void;
}) {
  const { api, settings, info } = props;
  const t = useT();
  const titleId = useId();
  const sheet = useRef<HTMLElement>(null);
  const onKeyDown = useDialogFocus(sheet, props.onClose);

  return (
    <div
      className="dialog-backdrop settings-backdrop"
      onMouseDown={(event) => {
        // A click beside the sheet closes it, like other side sheets; nothing unsaved is lost
        // silently because each section saves with its own button.
        if (event.target === event.currentTarget) props.onClose();
      }}
    >
      <aside
        ref={sheet}
        className="settings"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="settings__header">
          <h2 id={titleId}>{t('settings.title')}</h2>
          <button type="button" className="btn btn--ghost" onClick={props.onClose}>
            {t('common.close')}
          </button>
        </header>
        <div className="settings__body">
          <AccountsSection
            api={api}
            accounts={settings.accounts}
            onAddAccount={props.onAddAccount}
            onEditAccount={props.onEditAccount}
          />
          <NotificationsSection
            api={api}
            saved={settings.notifications}
            timeZone={settings.display.timeZone}
          />
          <HistorySection api={api} saved={settings.journal} />
          <AppearanceSection api={api} saved={settings.display} />
          <StartAtLoginSection api={api} info={info} enabled={settings.startAtLogin} />
          <SecretsSection vault={settings.vault} />
          <p className="settings__about">
            {t('settings.about', {
              name: info.name,
              version: info.version,
              host:
                info.host === 'electron'
                  ? t('settings.about.desktop')
                  : t('settings.about.browser'),
            })}
          </p>
        </div>
      </aside>
    </div>
  );
}
