// Connecting an account through the real form, against a local MNS server this test owns: wrong
// keys get a clear error, right keys list the queues, and the saved account starts polling.
import { startLocalMns } from '../../main/local-mns';
import type { LocalMns } from '../../main/local-mns';
import { expect, test } from './support/web-app-fixture';

let server: LocalMns | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('connect an account: wrong keys are explained, right keys list queues and start polling', async ({
  page,
  launchApp,
}) => {
  server = await startLocalMns({ queues: ['transcode-events'] });
  const app = await launchApp({ demo: 'off' });
  await page.goto(app.url);
  await page.getByRole('button', { name: /Connect an account/ }).click();
  await expect(page.getByText('Reconnecting to the engine…')).toHaveCount(0);
  const form = page.getByRole('dialog', { name: 'Connect an account' });

  await form.getByLabel('Account name').fill('Staging');
  await form.getByText('Paste a URL', { exact: true }).click();
  await form.getByLabel('Endpoint or queue URL').fill(server.url);
  await form.getByRole('textbox', { name: 'Account ID' }).fill(server.accountId);
  await form.getByLabel('AccessKey ID').fill(server.accessKeyId);
  await form.getByLabel('AccessKey Secret').fill('not-the-secret');
  await form.getByRole('button', { name: 'Test connection' }).click();
  const results = form.getByRole('list', { name: 'Connection test results' });
  await expect(results).toContainText(
    'The AccessKey secret does not match the AccessKey ID. Enter the secret again.',
  );

  await form.getByLabel('AccessKey Secret').fill(server.accessKeySecret);
  await form.getByRole('button', { name: 'Load queues' }).click();
  await form.getByRole('checkbox', { name: 'transcode-events' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  const saved = page.getByRole('dialog', { name: 'Account saved' });
  await expect(saved).toContainText(/secret is (stored in the system keychain|kept in memory)/);
  await saved.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByText('transcode-events', { exact: true }).first()).toBeVisible();
  // The form never echoes the secret, and the page holds it nowhere after saving.
  expect(await page.content()).not.toContain(server.accessKeySecret);
  server.store.sendMessage(
    'transcode-events',
    JSON.stringify({
      EventType: 'FileUploadComplete',
      VideoId: 'e2e0000000000000000000000000000a',
      Status: 'success',
      EventTime: new Date().toISOString(),
    }),
  );
  await expect(page.getByRole('grid', { name: /^Events, 1 in all/ })).toContainText(
    'e2e0000000000000000000000000000a',
    { timeout: 20_000 },
  );
});
