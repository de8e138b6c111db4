import type { SettingsView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { SettingsSection } from './SettingsSection';

/** Where secrets are kept and why, in the engine's words; the technical detail on request. */
export function SecretsSection(props: { vault: SettingsView['vault'] }) {
  const t = useT();
  const { vault } = props;
  return (
    <SettingsSection title={t('settings.secrets.title')}>
      <p className="settings-secrets__where">
        <span
          className={`badge ${vault.storage === 'keychain' ? 'badge--success' : 'badge--warning'}`}
        >
          {vault.storage === 'keychain'
            ? t('settings.secrets.keychain')
            : t('settings.secrets.memory')}
        </span>
        <span>{vault.reason}</span>
      </p>
      <p className="field__hint">{t('settings.secrets.neverShown')}</p>
      {vault.detail !== undefined && (
        <details className="settings-details">
          <summary>{t('settings.secrets.details')}</summary>
          <p className="settings-details__text">{vault.detail}</p>
        </details>
      )}
    </SettingsSection>
  );
}
