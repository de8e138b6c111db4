import { useId, useState } from 'react';

import type { NotificationPreferencesView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { Field } from '../setup/Field';
import type { NotificationDraft } from './notification-rules';
import { EVENT_KINDS } from '../ui/event-vocabulary';
import { applyDraft, draftOf, validateDraft } from './notification-rules';

/** The editable notification rules; saved as a whole with one button. */
export function NotificationsForm(props: {
  saved: NotificationPreferencesView;
  pending: boolean;
  onSave(next: NotificationPreferencesView): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<NotificationDraft>(() => draftOf(props.saved));
  const [attempted, setAttempted] = useState(false);
  const change = (patch: Partial<NotificationDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const problem = attempted ? validateDraft(draft) : undefined;
  const next = applyDraft(props.saved, draft);
  const dirty =
    JSON.stringify(next) !== JSON.stringify(applyDraft(props.saved, draftOf(props.saved)));
  const quietError = problem !== undefined ? t(problem) : undefined;

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (validateDraft(draft) === undefined) props.onSave(next);
      }}
    >
      <label className="settings-check">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.target.checked })}
        />
        <span>{t('settings.notifications.enabled')}</span>
      </label>

      <fieldset className="settings-fieldset" disabled={!draft.enabled}>
        <legend className="field__label">{t('settings.notifications.modeLabel')}</legend>
        <label className="settings-check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={draft.mode === 'default'}
            onChange={() => change({ mode: 'default' })}
          />
          <span>
            {t('settings.notifications.modeDefault')}
            <span className="field__hint settings-check__hint">
              {t('settings.notifications.modeDefaultHint')}
            </span>
          </span>
        </label>
        <label className="settings-check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={draft.mode === 'failures-only'}
            onChange={() => change({ mode: 'failures-only' })}
          />
          <span>{t('settings.notifications.modeFailures')}</span>
        </label>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={draft.anyFailure}
            onChange={(event) => change({ anyFailure: event.target.checked })}
          />
          <span>
            {t('settings.notifications.anyFailure')}
            <span className="field__hint settings-check__hint">
              {t('settings.notifications.anyFailureHint')}
            </span>
          </span>
        </label>
      </fieldset>

      <fieldset className="settings-fieldset" disabled={!draft.enabled}>
        <legend className="field__label">{t('settings.notifications.mutedKinds')}</legend>
        <div className="settings-chips">
          {EVENT_KINDS.map((kind) => (
            <label key={kind} className="settings-chip">
              <input
                type="checkbox"
                checked={draft.mutedKinds.includes(kind)}
                onChange={(event) =>
                  change({
                    mutedKinds: event.target.checked
                      ? [...draft.mutedKinds, kind]
                      : draft.mutedKinds.filter((k) => k !== kind),
                  })
                }
              />
              <span>{t(`kind.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-fieldset" disabled={!draft.enabled}>
        <legend className="visually-hidden">{t('settings.notifications.quietHours')}</legend>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(event) => change({ quietEnabled: event.target.checked })}
          />
          <span>
            {t('settings.notifications.quietHours')}
            <span className="field__hint settings-check__hint">
              {t('settings.notifications.quietHint')}
            </span>
          </span>
        </label>
        {draft.quietEnabled && (
          <div className="settings-row">
            <Field label={t('settings.notifications.quietStart')} error={quietError}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  className="input"
                  value={draft.quietStart}
                  onChange={(event) => change({ quietStart: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('settings.notifications.quietEnd')}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  className="input"
                  aria-invalid={quietError !== undefined}
                  value={draft.quietEnd}
                  onChange={(event) => change({ quietEnd: event.target.value })}
                />
              )}
            </Field>
          </div>
        )}
      </fieldset>

      <div className="settings-form__buttons">
        <button
          type="submit"
          className="btn btn--primary"
          disabled={!dirty || props.pending}
          aria-busy={props.pending}
        >
          {props.pending ? t('settings.saving') : t('settings.notifications.save')}
        </button>
      </div>
    </form>
  );
}
