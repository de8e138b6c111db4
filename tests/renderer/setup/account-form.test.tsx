import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { AccountView, RegionOption } from '../../../preload/contract';
import { AccountForm } from '../../../renderer/setup/AccountForm';
import { createFakeApi } from '../support/fake-api';
import type { FakeApi } from '../support/fake-api';
import { deferred, renderIn } from './render-in-language';

const REGIONS: RegionOption[] = [
  { id: 'cn-hangzhou', name: 'China (Hangzhou)', area: 'China (mainland)' },
  { id: 'cn-shanghai', name: 'China (Shanghai)', area: 'China (mainland)' },
  { id: 'ap-southeast-1', name: 'Singapore', area: 'Asia Pacific' },
];
const SECRET = 's3cr3t-Value-9f8e7d6c5b4a';

function open(api: FakeApi, existing?: AccountView) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  renderIn(
    <AccountForm
      api={api}
      regions={REGIONS}
      existing={existing}
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return { onSaved, onCancel };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillNewAccount() {
  type('Account name', 'Production');
  type('Account ID', '1234567890123456');
  fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'cn-shanghai' } });
  type('AccessKey ID', 'LTAI5tExampleKey');
  type('AccessKey Secret', SECRET);
}

function errorOf(label: string): string | null {
  const input = screen.getByLabelText(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.className === 'field__error');
  return error?.textContent ?? null;
}

const existingAccount: AccountView = {
  id: 'prod',
  name: 'Production',
  accountId: '1234567890123456',
  accessKeyIdMasked: 'LTAI…x7Qp',
  credentialSource: 'keychain',
  hasSecret: true,
  regions: [
    {
      regionId: 'cn-shanghai',
      endpoint: undefined,
      queues: [
        { name: 'vod-events', mode: 'watch', autoDeleteAfterJournal: false, paused: false },
        { name: 'mps-jobs', mode: 'consume', autoDeleteAfterJournal: false, paused: false },
      ],
    },
  ],
};

describe('AccountForm', () => {
  it('is a labelled modal dialog that focuses the first field and cancels on Escape', () => {
    const { onCancel } = open(createFakeApi());
    const dialog = screen.getByRole('dialog', { name: 'Connect an account' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Account name'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', () => {
    open(createFakeApi());
    const dialog = screen.getByRole('dialog');
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.keyDown(save, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByLabelText('Account name'));
    fireEvent.keyDown(screen.getByLabelText('Account name'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(save);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('says in words what is missing before sending anything', async () => {
    const api = createFakeApi();
    open(api);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf('Account name')).toBe('Enter a name for this account, e.g. “Production”.');
    expect(errorOf('Account ID')).toBe('Enter the account ID: the numeric Alibaba Cloud UID.');
    expect(errorOf('Region')).toBe('Choose the region where the queues are.');
    expect(errorOf('AccessKey ID')).toBe('Enter the AccessKey ID.');
    expect(errorOf('AccessKey Secret')).toBe(
      'Enter the AccessKey Secret: a new account needs one.',
    );
    expect(screen.getByText('Choose at least one queue, or type its name.')).toBeDefined();
    expect(screen.getByLabelText('Account name').getAttribute('aria-invalid')).toBe('true');
    // The first wrong field gets focus, so keyboard users land on it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Account name')));
    expect(api.saveAccount).not.toHaveBeenCalled();

    type('Account ID', '12345-abc');
    expect(errorOf('Account ID')).toBe(
      'The account ID is made of digits only, e.g. 1234567890123456.',
    );
    type('Account name', 'Production');
    expect(errorOf('Account name')).toBeNull();
    expect(screen.getByLabelText('Account name').getAttribute('aria-invalid')).toBe('false');
  });

  it('groups regions by area', () => {
    open(createFakeApi());
    const select = screen.getByLabelText('Region');
    const groups = Array.from(select.querySelectorAll('optgroup')).map((g) => g.label);
    expect(groups).toEqual(['China (mainland)', 'Asia Pacific']);
    expect(
      within(select).getByRole('option', { name: 'Singapore · ap-southeast-1' }),
    ).toBeDefined();
  });

  it('shows each connection step, with the engine’s words when the keys are rejected', async () => {
    const result = deferred<{ step: 'endpoint' | 'credentials'; ok: boolean; message: string }[]>();
    const api = createFakeApi({ testConnection: vi.fn(() => result.promise) });
    open(api);
    fillNewAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const button = screen.getByRole('button', { name: 'Test connection' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(api.testConnection).toHaveBeenCalledWith({
      endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-shanghai' },
      credentials: { accessKeyId: 'LTAI5tExampleKey', accessKeySecret: SECRET },
    });
    const rejected =
      'The AccessKey LTAI5tExampleKey was rejected (InvalidAccessKeyId): check the AccessKey ID, or create a new key in the RAM console.';
    result.resolve([
      {
        step: 'endpoint',
        ok: true,
        message:
          'https://1234567890123456.mns.cn-shanghai.aliyuncs.com (China (Shanghai)) answers.',
      },
      { step: 'credentials', ok: false, message: rejected },
    ]);
    const list = await screen.findByRole('list', { name: 'Connection test results' });
    const [endpoint, credentials, ...rest] = within(list).getAllByRole('listitem');
    if (endpoint === undefined || credentials === undefined) throw new Error('two steps expected');
    expect(rest).toHaveLength(0);
    expect(within(endpoint).getByRole('img', { name: 'Passed' })).toBeDefined();
    expect(endpoint.textContent).toContain('Endpoint');
    expect(within(credentials).getByRole('img', { name: 'Failed' })).toBeDefined();
    expect(credentials.className).toContain('check-list__item--failed');
    expect(within(credentials).getByText(rejected)).toBeDefined();
    expect(button).toHaveProperty('disabled', false);
  });

  it('validates where and the keys before testing', () => {
    const api = createFakeApi();
    open(api);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(errorOf('Account ID')).not.toBeNull();
    expect(errorOf('AccessKey Secret')).not.toBeNull();
    // The name and queues do not matter for a connection test.
    expect(errorOf('Account name')).toBeNull();
    expect(api.testConnection).not.toHaveBeenCalled();
  });

  it('loads queues, takes a mode per queue and saves exactly what was chosen', async () => {
    const api = createFakeApi({
      listQueues: vi.fn(async () => ['vod-events', 'mps-jobs', 'other-app']),
      saveAccount: vi.fn(async () => ({ id: 'acc-7', storage: 'keychain' as const })),
    });
    const { onSaved } = open(api);
    fillNewAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Load queues' }));
    await screen.findByText('3 queues in this region.');
    expect(api.listQueues).toHaveBeenCalledWith({
      endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-shanghai' },
      credentials: { accessKeyId: 'LTAI5tExampleKey', accessKeySecret: SECRET },
    });

    fireEvent.click(screen.getByRole('checkbox', { name: 'vod-events' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'mps-jobs' }));
    const mpsMode = screen.getByRole('radiogroup', { name: 'Mode of mps-jobs' });
    expect(within(mpsMode).getByRole('radio', { name: 'Watch' })).toHaveProperty('checked', true);
    expect(screen.queryByText(/Consume takes messages/)).toBeNull();
    fireEvent.click(within(mpsMode).getByRole('radio', { name: 'Consume' }));
    expect(
      screen.getByText(
        'Consume takes messages: other consumers of this queue will not get the ones MNS Watch holds.',
      ),
    ).toBeDefined();

    fireEvent.click(
      screen.getByLabelText('Keep the secret for this session only', { exact: false }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Account saved' });
    expect(api.saveAccount).toHaveBeenCalledWith({
      name: 'Production',
      accountId: '1234567890123456',
      endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-shanghai' },
      queues: [
        { name: 'vod-events', mode: 'watch' },
        { name: 'mps-jobs', mode: 'consume' },
      ],
      credentials: { accessKeyId: 'LTAI5tExampleKey', accessKeySecret: SECRET },
      sessionOnly: true,
    });
    expect(screen.getByRole('status').textContent).toBe(
      'The secret is stored in the system keychain.',
    );
    // Nothing on screen holds the secret any more: not as text, not as an input value.
    expect(document.body.innerHTML).not.toContain(SECRET);
    for (const input of Array.from(document.querySelectorAll('input'))) {
      expect(input.value).not.toBe(SECRET);
    }
    expect(onSaved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onSaved).toHaveBeenCalledWith('acc-7');
  });

  it('says when the secret is kept for this session only', async () => {
    const api = createFakeApi({
      saveAccount: vi.fn(async () => ({ id: 'acc-1', storage: 'memory' as const })),
    });
    open(api);
    fillNewAccount();
    type('Queue name', 'vod-events');
    fireEvent.click(screen.getByRole('button', { name: 'Add queue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'kept in memory for this session only',
    );
  });

  it('offers a filter when there are many queues', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `queue-${i}`);
    const api = createFakeApi({ listQueues: vi.fn(async () => [...names, 'vod-callback']) });
    open(api);
    fillNewAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Load queues' }));
    const filter = await screen.findByRole('searchbox', { name: 'Filter queues' });
    fireEvent.change(filter, { target: { value: 'vod' } });
    expect(screen.getAllByRole('checkbox', { name: /queue-|vod-/ })).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'vod-callback' })).toBeDefined();
  });

  it('lets the user type a queue name when listing is not allowed', async () => {
    const api = createFakeApi({
      listQueues: vi.fn(() =>
        Promise.reject(new Error('The RAM policy does not allow listing queues (mns:ListQueue).')),
      ),
    });
    open(api);
    fillNewAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Load queues' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The RAM policy does not allow listing queues (mns:ListQueue).',
    );
    type('Queue name', 'bad name!');
    fireEvent.click(screen.getByRole('button', { name: 'Add queue' }));
    expect(screen.getByText(/Queue names use letters, digits and hyphens/)).toBeDefined();
    type('Queue name', 'vod-events');
    fireEvent.keyDown(screen.getByLabelText('Queue name'), { key: 'Enter' });
    expect(screen.getByRole('checkbox', { name: 'vod-events' })).toHaveProperty('checked', true);
    expect(api.saveAccount).not.toHaveBeenCalled();
  });

  it('keeps every value and shows the reason when saving fails', async () => {
    const api = createFakeApi({
      saveAccount: vi.fn(() => Promise.reject(new Error('The keychain is locked.'))),
    });
    const { onSaved } = open(api);
    fillNewAccount();
    type('Queue name', 'vod-events');
    fireEvent.click(screen.getByRole('button', { name: 'Add queue' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The account was not saved: The keychain is locked.',
    );
    expect(screen.getByLabelText('Account name')).toHaveProperty('value', 'Production');
    expect(screen.getByLabelText('AccessKey Secret')).toHaveProperty('value', SECRET);
    expect(screen.getByRole('checkbox', { name: 'vod-events' })).toHaveProperty('checked', true);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('never prefills the keys of an account being edited, and keeps the stored secret when blank', async () => {
    const api = createFakeApi({
      saveAccount: vi.fn(async () => ({ id: 'prod', storage: 'unchanged' as const })),
    });
    open(api, existingAccount);
    expect(screen.getByRole('dialog', { name: 'Edit Production' })).toBeDefined();
    expect(screen.getByLabelText('Account name')).toHaveProperty('value', 'Production');
    expect(screen.getByLabelText('AccessKey ID')).toHaveProperty('value', '');
    const secret = screen.getByLabelText('AccessKey Secret');
    expect(secret).toHaveProperty('value', '');
    expect(secret.getAttribute('type')).toBe('password');
    expect(secret.getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByText(/Stored key: LTAI…x7Qp/)).toBeDefined();
    expect(screen.getByText('Leave blank to keep the stored secret.')).toBeDefined();

    type('Account name', 'Production (Shanghai)');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe('The stored secret was kept.');
    expect(api.saveAccount).toHaveBeenCalledWith({
      id: 'prod',
      name: 'Production (Shanghai)',
      accountId: '1234567890123456',
      endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-shanghai' },
      queues: [
        { name: 'vod-events', mode: 'watch' },
        { name: 'mps-jobs', mode: 'consume' },
      ],
      sessionOnly: false,
    });
  });

  it('tests an edited account with its stored keys', async () => {
    const api = createFakeApi();
    open(api, existingAccount);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(api.testConnection).toHaveBeenCalledWith({
        endpoint: { kind: 'region', accountId: '1234567890123456', regionId: 'cn-shanghai' },
        credentials: { profileId: 'prod' },
        queue: 'vod-events',
      }),
    );
  });

  it('asks for the secret when only a new key ID is typed on edit', () => {
    const api = createFakeApi();
    open(api, existingAccount);
    type('AccessKey ID', 'LTAI5tNewKey');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf('AccessKey Secret')).toBe(
      'Enter the secret of this AccessKey ID, or clear the ID to keep the stored key.',
    );
    expect(api.saveAccount).not.toHaveBeenCalled();
  });

  it('takes a pasted queue URL: account from the host, queue from the path', async () => {
    const api = createFakeApi();
    open(api);
    type('Account name', 'Staging');
    fireEvent.click(screen.getByRole('radio', { name: 'Paste a URL' }));
    const url = 'https://1234567890123456.mns.cn-hangzhou.aliyuncs.com/queues/vod-callbacks';
    type('Endpoint or queue URL', url);
    fireEvent.blur(screen.getByLabelText('Endpoint or queue URL'));
    expect(screen.getByRole('checkbox', { name: 'vod-callbacks' })).toHaveProperty('checked', true);
    expect(screen.getByText('Optional: the URL names account 1234567890123456.')).toBeDefined();
    type('AccessKey ID', 'LTAI5tExampleKey');
    type('AccessKey Secret', SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(api.saveAccount).toHaveBeenCalledWith({
      name: 'Staging',
      accountId: '1234567890123456',
      endpoint: { kind: 'url', url },
      queues: [{ name: 'vod-callbacks', mode: 'watch' }],
      credentials: { accessKeyId: 'LTAI5tExampleKey', accessKeySecret: SECRET },
      sessionOnly: false,
    });
  });

  it('needs the account ID for a custom endpoint', () => {
    open(createFakeApi());
    fireEvent.click(screen.getByRole('radio', { name: 'Paste a URL' }));
    type('Endpoint or queue URL', 'http://127.0.0.1:9100');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf('Account ID')).toBe('This URL does not name the account: enter its account ID.');
    type('Endpoint or queue URL', 'not a url');
    expect(errorOf('Endpoint or queue URL')).toBe(
      'This is not a URL: it should start with https://',
    );
  });

  it('lists keys found on this computer as a hint and fills only the key ID', async () => {
    const api = createFakeApi({
      importableCredentials: vi.fn(async () => [
        {
          source: 'aliyun-cli' as const,
          origin: '~/.aliyun/config.json (profile default)',
          accessKeyId: 'LTAI5tFromCli',
          regionId: 'cn-hangzhou',
          notes: [],
        },
      ]),
    });
    open(api);
    await screen.findByText('LTAI5tFromCli');
    fireEvent.click(screen.getByRole('button', { name: 'Use this key ID' }));
    expect(screen.getByLabelText('AccessKey ID')).toHaveProperty('value', 'LTAI5tFromCli');
    expect(screen.getByLabelText('AccessKey Secret')).toHaveProperty('value', '');
    expect(screen.getByText(/does not copy secrets from other tools/)).toBeDefined();
  });
});
