// Acting on messages through the real UI, checked at the local MNS server: delete with undo,
// extend and release a lease, and the watched queue that offers nothing destructive.
import { DEMO_QUEUES } from '../../main/local-mns/demo';
import { leasedDemoRow, openByMessageId, serverMessage } from './support/feed-helpers';
import { expect, test } from './support/web-app-fixture';

test('Delete waits out its undo window: Undo keeps the message, Delete removes it from the queue', async ({
  page,
  launchApp,
}) => {
  const app = await launchApp({ demo: 'now' });
  await page.goto(app.url);
  const row = await leasedDemoRow(app);
  await openByMessageId(page, row);
  const actions = page.getByRole('toolbar', { name: 'Message actions' });

  // Five more minutes of lease, so the message cannot slip back to the queue mid-test.
  await actions.getByRole('button', { name: 'Extend lease' }).click();
  await page
    .getByRole('group', { name: 'Extend the lease by' })
    .getByRole('button', { name: '5 min' })
    .click();
  await expect(actions.getByRole('timer')).toContainText(/Lease ends in [45]:/);

  await actions.getByRole('button', { name: 'Delete' }).click();
  const toasts = page.getByRole('region', { name: 'Notifications' });
  await expect(toasts).toContainText('Deleted 1');
  await toasts.getByRole('button', { name: 'Undo' }).click();
  await expect(actions.getByRole('button', { name: 'Delete' })).toBeEnabled();
  expect(serverMessage(app, row.messageId)).toBeDefined();

  await actions.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => serverMessage(app, row.messageId), { timeout: 15_000 }).toBeUndefined();
  await expect(page.getByText('This message was deleted from the queue.')).toBeVisible();
});

test('Release makes a leased message visible again at the server', async ({ page, launchApp }) => {
  const app = await launchApp({ demo: 'now' });
  await page.goto(app.url);
  const row = await leasedDemoRow(app);
  // Paused, MNS Watch does not receive the released message straight back.
  await page.getByRole('button', { name: 'Pause all' }).click();
  await expect(page.getByRole('button', { name: 'Resume all' })).toBeVisible();
  expect(serverMessage(app, row.messageId)?.state).toBe('inactive');

  await openByMessageId(page, row);
  await page
    .getByRole('toolbar', { name: 'Message actions' })
    .getByRole('button', { name: 'Release' })
    .click();
  await expect
    .poll(() => serverMessage(app, row.messageId)?.state, { timeout: 10_000 })
    .toBe('active');
});

test('a watched queue offers no Delete or Release, and says why', async ({ page, launchApp }) => {
  const app = await launchApp({ demo: 'now' });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Queue' }).click();
  await page.getByRole('checkbox', { name: new RegExp(DEMO_QUEUES.mps) }).check();
  await page.keyboard.press('Escape');
  const feed = page.getByRole('grid', { name: /^Events, [1-9]\d* in all/ });
  await feed.getByRole('row').first().click({ timeout: 30_000 });
  await expect(
    page.getByText('This queue is watched: MNS Watch only peeks it and never changes it.'),
  ).toBeVisible();
  const actions = page.getByRole('toolbar', { name: 'Message actions' });
  await expect(actions.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(actions.getByRole('button', { name: 'Release' })).toHaveCount(0);
});
