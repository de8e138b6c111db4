import type { Api, DisplayPreferences } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { LANGUAGES } from '../i18n/translate';
import type { Language } from '../i18n/translate';
import { Field } from '../setup/Field';
import { SegmentedChoice } from '../setup/SegmentedChoice';
import { useAsyncAction } from '../setup/use-async-action';
import { useChosenValue } from './use-chosen-value';
import { SaveStatus, SettingsSection } from './SettingsSection';

/** Theme, language and time zone; each change applies at once (the engine pushes new settings). */
export function AppearanceSection(props: { api: Api; saved: DisplayPreferences }) {
  const t = useT();
  const action = useAsyncAction();
  const [display, choose] = useChosenValue(props.saved);

  const update = async (patch: Partial<DisplayPreferences>) => {
    const next = { ...display, ...patch };
    choose(next);
    const outcome = await action.run(() => props.api.updatePreferences({ display: next }));
    // Back to what the engine has, so the screen never claims a change that did not happen.
    if (!outcome.ok) choose(undefined);
  };

  return (
    <SettingsSection title={t('settings.appearance.title')}>
      <div className="settings-form">
        <SegmentedChoice<DisplayPreferences['theme']>
          label={t('settings.appearance.theme')}
          options={[
            { value: 'system', label: t('settings.appearance.themeSystem') },
            { value: 'light', label: t('settings.appearance.themeLight') },
            { value: 'dark', label: t('settings.appearance.themeDark') },
          ]}
          value={display.theme}
          onChange={(theme) => void update({ theme })}
        />
        <Field label={t('settings.appearance.language')} className="settings-narrow">
          {(control) => (
            <select
              {...control}
              className="input"
              value={display.language}
              onChange={(event) => void update({ language: event.target.value as Language })}
            >
              {LANGUAGES.map((language) => (
                <option key={language.id} value={language.id} lang={language.id}>
                  {language.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SegmentedChoice<DisplayPreferences['timeZone']>
          label={t('settings.appearance.timeZone')}
          options={[
            { value: 'local', label: t('settings.appearance.timeLocal') },
            { value: 'utc', label: t('settings.appearance.timeUtc') },
          ]}
          value={display.timeZone}
          onChange={(timeZone) => void update({ timeZone })}
        />
      </div>
      <SaveStatus error={action.error} />
    </SettingsSection>
  );
}
