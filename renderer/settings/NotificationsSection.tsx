import { useState } from 'react';

import type { Api, DisplayPreferences, NotificationPreferencesView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { useAsyncAction } from '../setup/use-async-action';
import { MuteControls } from './MuteControls';
import { draftKey, withMute } from './notification-rules';
import { NotificationsForm } from './NotificationsForm';
import { SaveStatus, SettingsSection } from './SettingsSection';

/** Notification rules and mute, saved through updatePreferences({ notifications }). */
export function NotificationsSection(props: {
  api: Api;
  saved: NotificationPreferencesView;
  timeZone: DisplayPreferences['timeZone'];
}) {
  const t = useT();
  const action = useAsyncAction();
  const [done, setDone] = useState(false);

  const save = async (notifications: NotificationPreferencesView) => {
    setDone(false);
    const outcome = await action.run(() => props.api.updatePreferences({ notifications }));
    setDone(outcome.ok);
  };

  return (
    <SettingsSection
      title={t('settings.notifications.title')}
      description={t('settings.notifications.description')}
    >
      {/* Keyed on the saved rules: when the engine pushes new ones, the form starts from them. */}
      <NotificationsForm
        key={draftKey(props.saved)}
        saved={props.saved}
        pending={action.pending}
        onSave={(next) => void save(next)}
      />
      <div className="settings-subsection">
        <h4>{t('settings.mute.title')}</h4>
        <MuteControls
          saved={props.saved}
          timeZone={props.timeZone}
          pending={action.pending}
          onMute={(until) => void save(withMute(props.saved, until))}
        />
      </div>
      <SaveStatus error={action.error} saved={done} />
    </SettingsSection>
  );
}
