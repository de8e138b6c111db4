import { describe, expect, it } from 'vitest';

import {
  accountIdFromUrl,
  buildSaveRequest,
  initialValues,
  queueFromUrl,
  validateCredentials,
  validateWhere,
} from '../../../renderer/setup/account-form-model';
import type { AccountFormValues } from '../../../renderer/setup/account-form-model';

const base: AccountFormValues = {
  ...initialValues(undefined),
  name: ' Local ',
  where: 'url',
  url: ' http://127.0.0.1:9100 ',
  accountId: ' 1234567890123456 ',
  accessKeyId: ' LTAI5tKey ',
  accessKeySecret: ' secret ',
  queues: [{ name: 'q1', mode: 'watch' }],
};

describe('account form model', () => {
  it('reads the account and queue from Alibaba Cloud URLs only', () => {
    expect(accountIdFromUrl('https://1234567890123456.mns.cn-hangzhou.aliyuncs.com')).toBe(
      '1234567890123456',
    );
    expect(accountIdFromUrl('http://127.0.0.1:9100')).toBeUndefined();
    expect(accountIdFromUrl('nonsense')).toBeUndefined();
    expect(queueFromUrl('https://1.mns.cn-hangzhou.aliyuncs.com/queues/vod-events')).toBe(
      'vod-events',
    );
    expect(queueFromUrl('https://1.mns.cn-hangzhou.aliyuncs.com/')).toBeUndefined();
  });

  it('builds a trimmed request for a custom endpoint with the typed account ID', () => {
    expect(validateWhere(base)).toEqual({});
    expect(buildSaveRequest(base, undefined)).toEqual({
      name: 'Local',
      accountId: '1234567890123456',
      endpoint: { kind: 'url', url: 'http://127.0.0.1:9100', accountId: '1234567890123456' },
      queues: [{ name: 'q1', mode: 'watch' }],
      credentials: { accessKeyId: 'LTAI5tKey', accessKeySecret: 'secret' },
      sessionOnly: false,
    });
  });

  it('treats a lone secret on edit as a missing key ID', () => {
    const existing = {
      id: 'a',
      name: 'A',
      accountId: '1234567890123456',
      accessKeyIdMasked: 'LTAI…1234',
      credentialSource: 'keychain' as const,
      hasSecret: true,
      regions: [],
    };
    expect(validateCredentials({ ...base, accessKeyId: '' }, existing, 'save')).toEqual({
      accessKeyId: 'setup.error.keyIdRequired',
    });
    expect(
      validateCredentials({ ...base, accessKeyId: '', accessKeySecret: '' }, existing, 'save'),
    ).toEqual({});
    expect(
      validateCredentials(
        { ...base, accessKeyId: '', accessKeySecret: '' },
        { ...existing, hasSecret: false },
        'connect',
      ),
    ).toEqual({ accessKeySecret: 'setup.error.secretNotStored' });
  });

  it('opens a custom-endpoint account in URL mode', () => {
    const values = initialValues({
      id: 'local',
      name: 'Local',
      accountId: '1234567890123456',
      accessKeyIdMasked: 'LTAI…1234',
      credentialSource: 'session',
      hasSecret: true,
      regions: [
        {
          regionId: 'cn-hangzhou',
          endpoint: 'http://127.0.0.1:9100',
          queues: [{ name: 'q', mode: 'consume', autoDeleteAfterJournal: true, paused: false }],
        },
      ],
    });
    expect(values).toMatchObject({
      where: 'url',
      url: 'http://127.0.0.1:9100',
      sessionOnly: true,
      accessKeySecret: '',
      queues: [{ name: 'q', mode: 'consume' }],
    });
  });
});
