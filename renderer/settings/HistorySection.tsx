import { useState } from 'react';

import type { Api, SettingsView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import { Field } from '../setup/Field';
import { useAsyncAction } from '../setup/use-async-action';
import { parseRetention } from './retention';
import { SaveStatus, SettingsSection } from './SettingsSection';

type Journal = SettingsView['journal'];

/** Journal retention: how many events and how many days the local history keeps. */
export function HistorySection(props: { api: Api; saved: Journal }) {
  const t = useT();
  const action = useAsyncAction();
  const [done, setDone] = useState(false);
  const save = async (journal: Journal) => {
    setDone(false);
    const outcome = await action.run(() => props.api.updatePreferences({ journal }));
    setDone(outcome.ok);
  };
  return (
    <SettingsSection
      title={t('settings.history.title')}
      description={t('settings.history.description')}
    >
      <RetentionForm
        key={`${props.saved.maxEntries}/${props.saved.maxAgeDays}`}
        saved={props.saved}
        pending={action.pending}
        onSave={(journal) => void save(journal)}
      />
      <SaveStatus error={action.error} saved={done} />
    </SettingsSection>
  );
}

function RetentionForm(props: {
  saved: Journal;
  pending: boolean;
  onSave(journal: Journal): void;
}) {
  const t = useT();
  const [entries, setEntries] = useState(String(props.saved.maxEntries));
  const [days, setDays] = useState(String(props.saved.maxAgeDays));
  const [attempted, setAttempted] = useState(false);
  // Errors appear after the first save attempt and then follow the typing.
  const result = attempted ? parseRetention(entries, days) : undefined;
  const errors = result !== undefined && !result.ok ? result.errors : {};
  const dirty =
    entries.trim() !== String(props.saved.maxEntries) ||
    days.trim() !== String(props.saved.maxAgeDays);

  return (
    <form
      className="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseRetention(entries, days);
        setAttempted(true);
        if (parsed.ok) props.onSave(parsed.value);
      }}
    >
      <div className="settings-row">
        <Field
          label={t('settings.history.maxEntries')}
          hint={t('settings.history.maxEntriesHint')}
          error={errors.maxEntries !== undefined ? t(errors.maxEntries) : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              value={entries}
              onChange={(event) => setEntries(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('settings.history.maxAgeDays')}
          hint={t('settings.history.maxAgeDaysHint')}
          error={errors.maxAgeDays !== undefined ? t(errors.maxAgeDays) : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="settings-form__buttons">
        <button
          type="submit"
          className="btn btn--primary"
          disabled={!dirty || props.pending}
          aria-busy={props.pending}
        >
          {props.pending ? t('settings.saving') : t('settings.history.save')}
        </button>
      </div>
    </form>
  );
}
