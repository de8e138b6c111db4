import type { RegionOption } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { AccountFormValues, WhereKind } from './account-form-model';
import { accountIdFromUrl } from './account-form-model';
import { Field } from './Field';
import { RegionSelect } from './RegionSelect';
import { SegmentedChoice } from './SegmentedChoice';

/** Per-field error text, already translated. */
export type ShownErrors = Partial<Record<keyof AccountFormValues, string>>;

/** "Where the queues live": account ID + region, or a pasted endpoint / queue URL. */
export function EndpointFields(props: {
  values: AccountFormValues;
  errors: ShownErrors;
  regions: readonly RegionOption[];
  onChange(patch: Partial<AccountFormValues>): void;
  onUrlBlur(): void;
}) {
  const t = useT();
  const { values, errors } = props;
  const urlAccountId = values.where === 'url' ? accountIdFromUrl(values.url) : undefined;
  return (
    <fieldset className="account-form__group">
      <legend className="account-form__legend">{t('setup.where.title')}</legend>
      <SegmentedChoice<WhereKind>
        label={t('setup.where.how')}
        hideLabel
        options={[
          { value: 'region', label: t('setup.where.pick') },
          { value: 'url', label: t('setup.where.paste') },
        ]}
        value={values.where}
        onChange={(where) => props.onChange({ where })}
      />
      {values.where === 'region' ? (
        <div className="account-form__row">
          <Field
            label={t('setup.field.accountId')}
            hint={t('setup.field.accountIdHint')}
            error={errors.accountId}
          >
            {(control) => (
              <input
                {...control}
                className="input mono"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                placeholder="1234567890123456"
                value={values.accountId}
                onChange={(event) => props.onChange({ accountId: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('setup.field.region')} error={errors.regionId}>
            {(control) => (
              <RegionSelect
                control={control}
                regions={props.regions}
                value={values.regionId}
                onChange={(regionId) => props.onChange({ regionId })}
              />
            )}
          </Field>
        </div>
      ) : (
        <div className="account-form__stack">
          <Field label={t('setup.field.url')} hint={t('setup.field.urlHint')} error={errors.url}>
            {(control) => (
              <input
                {...control}
                className="input mono"
                type="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://1234567890123456.mns.cn-hangzhou.aliyuncs.com"
                value={values.url}
                onChange={(event) => props.onChange({ url: event.target.value })}
                onBlur={props.onUrlBlur}
              />
            )}
          </Field>
          <Field
            label={t('setup.field.accountId')}
            hint={
              urlAccountId !== undefined
                ? t('setup.field.accountIdFromUrl', { accountId: urlAccountId })
                : t('setup.field.accountIdCustomHint')
            }
            error={errors.accountId}
          >
            {(control) => (
              <input
                {...control}
                className="input mono"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                placeholder={urlAccountId ?? '1234567890123456'}
                value={values.accountId}
                onChange={(event) => props.onChange({ accountId: event.target.value })}
              />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
