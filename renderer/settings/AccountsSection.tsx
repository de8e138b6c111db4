import type { AccountView, Api } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { AccountCard } from './AccountCard';
import { SettingsSection } from './SettingsSection';

/** Every connected account with its queues, and the way to add another. */
export function AccountsSection(props: {
  api: Api;
  accounts: readonly AccountView[];
  onAddAccount(): void;
  onEditAccount(id: string): void;
}) {
  const t = useT();
  return (
    <SettingsSection
      title={t('settings.accounts.title')}
      description={t('settings.accounts.description')}
      action={
        <button type="button" className="btn btn--primary btn--small" onClick={props.onAddAccount}>
          {t('settings.accounts.add')}
        </button>
      }
    >
      {props.accounts.length === 0 ? (
        <p className="settings-empty">{t('settings.accounts.none')}</p>
      ) : (
        <ul className="settings-list">
          {props.accounts.map((account) => (
            <li key={account.id}>
              <AccountCard api={props.api} account={account} onEdit={props.onEditAccount} />
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
