import type { AccountView, ImportableCredentialView } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { AccountFormValues } from './account-form-model';
import type { ShownErrors } from './EndpointFields';
import { Field } from './Field';

/** The AccessKey pair: write-only inputs, never prefilled, plus where the secret will be kept. */
export function CredentialFields(props: {
  values: AccountFormValues;
  errors: ShownErrors;
  existing: AccountView | undefined;
  found: readonly ImportableCredentialView[];
  onChange(patch: Partial<AccountFormValues>): void;
}) {
  const t = useT();
  const { values, errors, existing } = props;
  return (
    <fieldset className="account-form__group">
      <legend className="account-form__legend">{t('setup.keys.title')}</legend>
      {existing !== undefined && (
        <p className="account-form__note">
          {existing.hasSecret
            ? t('setup.keys.stored', { keyId: existing.accessKeyIdMasked })
            : t('setup.keys.storedNoSecret', { keyId: existing.accessKeyIdMasked })}
        </p>
      )}
      <div className="account-form__row">
        <Field
          label={t('setup.field.keyId')}
          error={errors.accessKeyId}
          {...(existing !== undefined ? { hint: t('setup.keys.blankKeeps') } : {})}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              autoComplete="off"
              spellCheck={false}
              value={values.accessKeyId}
              onChange={(event) => props.onChange({ accessKeyId: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('setup.field.secret')}
          error={errors.accessKeySecret}
          {...(existing !== undefined ? { hint: t('setup.keys.blankKeepsSecret') } : {})}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              type="password"
              // "new-password" stops browsers offering saved passwords; "off" alone is often ignored.
              autoComplete="new-password"
              spellCheck={false}
              value={values.accessKeySecret}
              onChange={(event) => props.onChange({ accessKeySecret: event.target.value })}
            />
          )}
        </Field>
      </div>
      <label className="account-form__check">
        <input
          type="checkbox"
          checked={values.sessionOnly}
          onChange={(event) => props.onChange({ sessionOnly: event.target.checked })}
        />
        <span>
          {t('setup.keys.sessionOnly')}
          <span className="field__hint account-form__check-hint">
            {t('setup.keys.sessionOnlyHint')}
          </span>
        </span>
      </label>
      {props.found.length > 0 && (
        <FoundCredentials
          found={props.found}
          onUse={(accessKeyId) => props.onChange({ accessKeyId })}
        />
      )}
    </fieldset>
  );
}

/** Keys found in the environment or the aliyun CLI config: a hint, the secret is still typed. */
function FoundCredentials(props: {
  found: readonly ImportableCredentialView[];
  onUse(accessKeyId: string): void;
}) {
  const t = useT();
  return (
    <div className="account-form__found">
      <p className="account-form__found-title">{t('setup.found.title')}</p>
      <ul className="account-form__found-list">
        {props.found.map((credential) => (
          <li
            key={`${credential.origin}/${credential.accessKeyId}`}
            className="account-form__found-item"
          >
            <div className="account-form__found-text">
              <span className="mono">{credential.accessKeyId}</span>
              <span className="field__hint">
                {credential.source === 'environment'
                  ? t('setup.found.environment', { origin: credential.origin })
                  : t('setup.found.cli', { origin: credential.origin })}
                {credential.regionId !== undefined && ` · ${credential.regionId}`}
              </span>
              {credential.notes.map((note) => (
                <span key={note} className="field__hint">
                  {note}
                </span>
              ))}
            </div>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => props.onUse(credential.accessKeyId)}
            >
              {t('setup.found.use')}
            </button>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('setup.found.typeSecret')}</p>
    </div>
  );
}
