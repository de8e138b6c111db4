// The account form's values and the pure rules around them: what an existing account fills in,
// what counts as valid, and the exact request the engine gets. No React here, so it stays testable.
import type {
  AccountView,
  CredentialInputView,
  EndpointInputView,
  QueueMode,
  SaveAccountRequest,
} from '../../preload/contract';
import type { MessageKey } from '../i18n/messages';

/** How the user says where the queues live. */
export type WhereKind = 'region' | 'url';

/** One queue the account will read, and how. */
export interface QueueChoice {
  name: string;
  mode: QueueMode;
}

/** Everything typed into the form. The secret lives only here, never in a request we keep. */
export interface AccountFormValues {
  name: string;
  where: WhereKind;
  accountId: string;
  regionId: string;
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  sessionOnly: boolean;
  queues: QueueChoice[];
}

/** A form field that can carry an error. */
export type FieldName =
  'name' | 'accountId' | 'regionId' | 'url' | 'accessKeyId' | 'accessKeySecret' | 'queues';

/** Errors per field, as catalog keys so they follow the language. */
export type FieldErrors = Partial<Record<FieldName, MessageKey>>;

/** Fields in the order they appear, to focus the first one that is wrong. */
export const FIELD_ORDER: readonly FieldName[] = [
  'name',
  'accountId',
  'regionId',
  'url',
  'accessKeyId',
  'accessKeySecret',
  'queues',
];

const ACCOUNT_ID = /^\d{5,20}$/;
const ALIYUN_HOST = /^(\d+)\.mns\.[a-z0-9-]+\.aliyuncs\.com$/i;
const QUEUE_PATH = /^\/queues\/([A-Za-z0-9][A-Za-z0-9-]{0,119})\/?$/;
/** MNS queue names: letters, digits and hyphens, starting with a letter or digit, ≤120 chars. */
export const QUEUE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/;

/** The form as it opens: empty for a new account, the stored facts (never a secret) for an edit. */
export function initialValues(existing: AccountView | undefined): AccountFormValues {
  const region = existing?.regions[0];
  const custom = region?.endpoint;
  return {
    name: existing?.name ?? '',
    where: custom !== undefined ? 'url' : 'region',
    accountId: existing?.accountId ?? '',
    regionId: custom === undefined ? (region?.regionId ?? '') : '',
    url: custom ?? '',
    accessKeyId: '',
    accessKeySecret: '',
    sessionOnly: existing?.credentialSource === 'session',
    queues: region?.queues.map((queue) => ({ name: queue.name, mode: queue.mode })) ?? [],
  };
}

function parseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The account ID an Alibaba Cloud endpoint URL names in its host, if it does. */
export function accountIdFromUrl(text: string): string | undefined {
  const url = parseUrl(text);
  return url === undefined ? undefined : ALIYUN_HOST.exec(url.hostname)?.[1];
}

/** The queue a pasted queue URL (…/queues/<name>) names, if it does. */
export function queueFromUrl(text: string): string | undefined {
  const url = parseUrl(text);
  return url === undefined ? undefined : QUEUE_PATH.exec(url.pathname)?.[1];
}

/** Checks only where the queues live (what Test connection and Load queues need). */
export function validateWhere(values: AccountFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const accountId = values.accountId.trim();
  if (values.where === 'region') {
    if (accountId === '') errors.accountId = 'setup.error.accountIdRequired';
    else if (!ACCOUNT_ID.test(accountId)) errors.accountId = 'setup.error.accountIdNumeric';
    if (values.regionId === '') errors.regionId = 'setup.error.regionRequired';
    return errors;
  }
  if (values.url.trim() === '') errors.url = 'setup.error.urlRequired';
  else if (parseUrl(values.url) === undefined) errors.url = 'setup.error.urlInvalid';
  if (accountId !== '' && !ACCOUNT_ID.test(accountId)) {
    errors.accountId = 'setup.error.accountIdNumeric';
  } else if (
    accountId === '' &&
    errors.url === undefined &&
    accountIdFromUrl(values.url) === undefined
  ) {
    // A local server or proxy does not carry the UID in its host name, and requests are signed with it.
    errors.accountId = 'setup.error.accountIdForCustom';
  }
  return errors;
}

/** Why we are checking the keys: connecting needs usable keys now, saving may keep stored ones. */
export type CredentialPurpose = 'connect' | 'save';

/** Checks the AccessKey pair; an edit may leave both blank to keep the stored key. */
export function validateCredentials(
  values: AccountFormValues,
  existing: AccountView | undefined,
  purpose: CredentialPurpose,
): FieldErrors {
  const errors: FieldErrors = {};
  const keyId = values.accessKeyId.trim();
  const secret = values.accessKeySecret.trim();
  if (keyId === '' && secret === '') {
    if (existing === undefined) {
      errors.accessKeyId = 'setup.error.keyIdRequired';
      errors.accessKeySecret = 'setup.error.secretRequired';
    } else if (purpose === 'connect' && !existing.hasSecret) {
      errors.accessKeySecret = 'setup.error.secretNotStored';
    }
    return errors;
  }
  if (keyId === '') errors.accessKeyId = 'setup.error.keyIdRequired';
  if (secret === '') {
    errors.accessKeySecret =
      existing === undefined ? 'setup.error.secretRequired' : 'setup.error.secretForNewKey';
  }
  return errors;
}

/** Every check Save needs, fields in form order. */
export function validateForSave(
  values: AccountFormValues,
  existing: AccountView | undefined,
): FieldErrors {
  const errors: FieldErrors = {
    ...validateWhere(values),
    ...validateCredentials(values, existing, 'save'),
  };
  if (values.name.trim() === '') errors.name = 'setup.error.nameRequired';
  if (values.queues.length === 0) errors.queues = 'setup.error.queuesRequired';
  return errors;
}

/** The first field in form order that has an error. */
export function firstInvalid(errors: FieldErrors): FieldName | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}

/** Where the queues live, as the engine takes it. */
export function endpointOf(values: AccountFormValues): EndpointInputView {
  const accountId = values.accountId.trim();
  if (values.where === 'region') return { kind: 'region', accountId, regionId: values.regionId };
  return { kind: 'url', url: values.url.trim(), ...(accountId !== '' ? { accountId } : {}) };
}

/** Typed keys, or the stored ones of the account being edited, for test and list calls. */
export function connectCredentials(
  values: AccountFormValues,
  existing: AccountView | undefined,
): CredentialInputView | { profileId: string } | undefined {
  const typed = typedCredentials(values);
  if (typed !== undefined) return typed;
  return existing !== undefined ? { profileId: existing.id } : undefined;
}

function typedCredentials(values: AccountFormValues): CredentialInputView | undefined {
  const accessKeyId = values.accessKeyId.trim();
  const accessKeySecret = values.accessKeySecret.trim();
  if (accessKeyId === '' || accessKeySecret === '') return undefined;
  return { accessKeyId, accessKeySecret };
}

/** The save request; call only after validateForSave found nothing. */
export function buildSaveRequest(
  values: AccountFormValues,
  existing: AccountView | undefined,
): SaveAccountRequest {
  const credentials = typedCredentials(values);
  const typedAccountId = values.accountId.trim();
  const accountId =
    values.where === 'url' && typedAccountId === ''
      ? (accountIdFromUrl(values.url) ?? '')
      : typedAccountId;
  return {
    ...(existing !== undefined ? { id: existing.id } : {}),
    name: values.name.trim(),
    accountId,
    endpoint: endpointOf(values),
    queues: values.queues.map((queue) => ({ name: queue.name, mode: queue.mode })),
    // Omitted credentials tell the engine to keep the stored secret.
    ...(credentials !== undefined ? { credentials } : {}),
    sessionOnly: values.sessionOnly,
  };
}
