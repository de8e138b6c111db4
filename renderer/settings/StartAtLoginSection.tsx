import type { Api, AppInfo } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { useAsyncAction } from '../setup/use-async-action';
import { useChosenValue } from './use-chosen-value';
import { SaveStatus, SettingsSection } from './SettingsSection';

/** Start at login: a switch in the desktop app where the OS supports it, a note everywhere else. */
export function StartAtLoginSection(props: {
  api: Api;
  info: AppInfo;
  enabled: boolean | undefined;
}) {
  const t = useT();
  return (
    <SettingsSection title={t('settings.login.title')}>
      {props.info.host !== 'electron' ? (
        <p className="field__hint">{t('settings.login.desktopOnly')}</p>
      ) : props.enabled === undefined ? (
        <p className="field__hint">{t('settings.login.unsupported')}</p>
      ) : (
        <LoginSwitch api={props.api} enabled={props.enabled} />
      )}
    </SettingsSection>
  );
}

function LoginSwitch(props: { api: Api; enabled: boolean }) {
  const t = useT();
  const action = useAsyncAction();
  const [enabled, choose] = useChosenValue(props.enabled);
  const toggle = async (next: boolean) => {
    choose(next);
    const outcome = await action.run(() => props.api.setStartAtLogin({ enabled: next }));
    if (!outcome.ok) choose(undefined);
  };
  return (
    <>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={enabled}
          disabled={action.pending}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <span>{t('settings.login.label')}</span>
      </label>
      <SaveStatus error={action.error} />
    </>
  );
}
