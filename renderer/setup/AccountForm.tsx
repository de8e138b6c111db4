import { useEffect, useId, useRef, useState } from 'react';

import type {
  AccountView,
  Api,
  ConnectionCheckView,
  ImportableCredentialView,
  RegionOption,
} from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import type { AccountFormValues, FieldErrors, FieldName } from './account-form-model';
import {
  buildSaveRequest,
  connectCredentials,
  endpointOf,
  initialValues,
  queueFromUrl,
  validateCredentials,
  validateForSave,
  validateWhere,
} from './account-form-model';
import { ConnectionChecks } from './ConnectionChecks';
import { CredentialFields } from './CredentialFields';
import { EndpointFields } from './EndpointFields';
import type { ShownErrors } from './EndpointFields';
import { Field } from './Field';
import { QueuePicker } from './QueuePicker';
import { SavedNotice } from './SavedNotice';
import type { SecretStorage } from './SavedNotice';
import { useAsyncAction } from './use-async-action';
import { useDialogFocus } from './use-dialog-focus';
import './controls.css';
import './AccountForm.css';

// Changing any of these makes an earlier connection verdict stale.
const CONNECTION_FIELDS: readonly (keyof AccountFormValues)[] = [
  'where',
  'accountId',
  'regionId',
  'url',
  'accessKeyId',
  'accessKeySecret',
];

/** Which check the user last asked for; errors show from then on and follow their edits. */
type Attempt = 'connect' | 'save' | undefined;

function errorsFor(
  attempt: Attempt,
  values: AccountFormValues,
  existing: AccountView | undefined,
): FieldErrors {
  if (attempt === 'save') return validateForSave(values, existing);
  if (attempt === 'connect')
    return { ...validateWhere(values), ...validateCredentials(values, existing, 'connect') };
  return {};
}

/** The add/edit account dialog: where the queues live, the AccessKey, which queues and how. */
export function AccountForm(props: {
  api: Api;
  regions: RegionOption[];
  existing: AccountView | undefined;
  onSaved(id: string): void;
  onCancel(): void;
}) {
  const { api, existing } = props;
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  const [values, setValues] = useState<AccountFormValues>(() => initialValues(existing));
  const [attempt, setAttempt] = useState<Attempt>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const [found, setFound] = useState<ImportableCredentialView[]>([]);
  const [checks, setChecks] = useState<ConnectionCheckView[] | undefined>(undefined);
  const [listed, setListed] = useState<string[] | undefined>(undefined);
  const [saved, setSaved] = useState<{ id: string; storage: SecretStorage } | undefined>(undefined);
  const test = useAsyncAction();
  const load = useAsyncAction();
  const save = useAsyncAction();

  const onKeyDown = useDialogFocus(dialog, () =>
    saved !== undefined ? props.onSaved(saved.id) : props.onCancel(),
  );

  useEffect(() => {
    let live = true;
    // Found keys are only a hint: if looking fails, the form works the same without them.
    api.importableCredentials().then(
      (list) => live && setFound(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (focusRequest === 0) return;
    dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const fieldErrors = errorsFor(attempt, values, existing);
  const shown: ShownErrors = {};
  for (const [field, key] of Object.entries(fieldErrors) as [FieldName, MessageKey | undefined][]) {
    if (key !== undefined) shown[field] = t(key);
  }

  const change = (patch: Partial<AccountFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    if (CONNECTION_FIELDS.some((field) => field in patch)) setChecks(undefined);
  };

  // A pasted queue URL names its queue: pick it so the user need not type it again.
  const takeQueueFromUrl = () => {
    const queue = queueFromUrl(values.url);
    if (queue !== undefined && !values.queues.some((choice) => choice.name === queue)) {
      change({ queues: [...values.queues, { name: queue, mode: 'watch' }] });
    }
  };

  const readyToConnect = (): boolean => {
    setAttempt((current) => (current === 'save' ? current : 'connect'));
    const errors = {
      ...validateWhere(values),
      ...validateCredentials(values, existing, 'connect'),
    };
    if (Object.keys(errors).length === 0) return true;
    setFocusRequest((n) => n + 1);
    return false;
  };

  const testQueue = values.queues[0]?.name ?? queueFromUrl(values.url);

  const runTest = async () => {
    const credentials = connectCredentials(values, existing);
    if (!readyToConnect() || credentials === undefined) return;
    setChecks(undefined);
    const outcome = await test.run(() =>
      api.testConnection({
        endpoint: endpointOf(values),
        credentials,
        ...(testQueue !== undefined ? { queue: testQueue } : {}),
      }),
    );
    if (outcome.ok) setChecks(outcome.value);
  };

  const runLoad = async () => {
    const credentials = connectCredentials(values, existing);
    if (!readyToConnect() || credentials === undefined) return;
    const outcome = await load.run(() =>
      api.listQueues({ endpoint: endpointOf(values), credentials }),
    );
    if (outcome.ok) setListed([...outcome.value].sort((a, b) => a.localeCompare(b)));
  };

  const runSave = async () => {
    setAttempt('save');
    if (Object.keys(validateForSave(values, existing)).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const outcome = await save.run(() => api.saveAccount(buildSaveRequest(values, existing)));
    if (outcome.ok) {
      // The secret has gone to the engine; nothing in this window keeps it any longer.
      setValues((current) => ({ ...current, accessKeySecret: '' }));
      setSaved(outcome.value);
    }
  };

  const title =
    saved !== undefined
      ? t('setup.saved.title')
      : existing !== undefined
        ? t('setup.form.editTitle', { name: existing.name })
        : t('setup.form.title');

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="account-form panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="account-form__header">
          <h2 id={titleId}>{title}</h2>
          {saved === undefined && <p className="field__hint">{t('setup.form.intro')}</p>}
        </header>
        {saved !== undefined ? (
          <SavedNotice storage={saved.storage} onDone={() => props.onSaved(saved.id)} />
        ) : (
          <form
            className="account-form__form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void runSave();
            }}
          >
            <div className="account-form__body">
              <Field
                label={t('setup.field.name')}
                error={shown.name}
                hint={t('setup.field.nameHint')}
              >
                {(control) => (
                  <input
                    {...control}
                    data-autofocus
                    className="input"
                    autoComplete="off"
                    value={values.name}
                    onChange={(event) => change({ name: event.target.value })}
                  />
                )}
              </Field>
              {existing !== undefined && existing.regions.length > 1 && (
                <p className="banner banner--warning">
                  {t('setup.form.manyRegions', { count: existing.regions.length })}
                </p>
              )}
              <EndpointFields
                values={values}
                errors={shown}
                regions={props.regions}
                onChange={change}
                onUrlBlur={takeQueueFromUrl}
              />
              <CredentialFields
                values={values}
                errors={shown}
                existing={existing}
                found={found}
                onChange={change}
              />
              <ConnectionChecks
                checks={checks}
                pending={test.pending}
                error={test.error}
                queue={testQueue}
                onTest={() => void runTest()}
              />
              <QueuePicker
                selected={values.queues}
                listed={listed}
                loading={load.pending}
                loadError={load.error}
                error={shown.queues}
                onLoad={() => void runLoad()}
                onChange={(queues) => change({ queues })}
              />
            </div>
            <footer className="account-form__footer">
              {save.error !== undefined && (
                <p role="alert" className="banner banner--error account-form__save-error">
                  {t('setup.form.saveFailed', { message: save.error })}
                </p>
              )}
              <div className="account-form__buttons">
                <button type="button" className="btn" onClick={props.onCancel}>
                  {t('common.cancel')}
                </button>
                <button
                  type="submit"
                  className="btn btn--primary"
                  disabled={save.pending}
                  aria-busy={save.pending}
                >
                  {save.pending ? t('setup.form.saving') : t('common.save')}
                </button>
              </div>
            </footer>
          </form>
        )}
      </div>
    </div>
  );
}
