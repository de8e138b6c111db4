// The whole app in Chromium through the browser host, with the real engine and the demo's local
// MNS server: first run, the live feed, filters and search, and every detail tab.
import { expect, test } from './support/web-app-fixture';

test('first run → demo → live events → filter and search → every detail tab', async ({
  page,
  launchApp,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const app = await launchApp();
  await page.goto(app.url);

  await expect(page.getByRole('heading', { name: 'Welcome to MNS Watch' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('v0.1.0-e2e · browser');
  await page.getByRole('button', { name: /Try the demo/ }).click();

  const feed = page.getByRole('grid', { name: /^Events, \d+ in all/ });
  await expect(feed.getByRole('row').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('banner').getByText('Demo', { exact: true })).toBeVisible();

  // Outcome chips count and filter: with "Succeeded" on, every row is a success.
  const succeeded = page.getByRole('button', { name: /^Succeeded: [1-9]/ });
  await expect(succeeded).toBeVisible({ timeout: 30_000 });
  await succeeded.click();
  await expect(succeeded).toHaveAttribute('aria-pressed', 'true');
  const labels = await feed
    .getByRole('row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/^Succeeded: /);
  await succeeded.click();

  // Full-text search finds one asset by its VideoId, which only the payload and subtitle carry.
  const firstLabel = (await feed.getByRole('row').first().getAttribute('aria-label')) ?? '';
  const id = /(?:VideoId|MediaId|ImageId|AttachedMediaId|Job) ([0-9a-f]{32})/.exec(firstLabel)?.[1];
  expect(id, `an asset id in "${firstLabel}"`).toBeDefined();
  await page.getByRole('searchbox', { name: 'Search' }).fill(id ?? '');
  await expect(page.getByText(/^\d+ of \d+ events$/)).toBeVisible();
  await expect
    .poll(async () =>
      (
        await feed.getByRole('row').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''))
      ).every((text) => text.includes(id ?? '')),
    )
    .toBe(true);

  // Every tab of the detail pane shows its view of the same message.
  await feed.getByRole('row').first().click();
  await expect(page.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText(id ?? '');
  await page.getByRole('tab', { name: 'JSON' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(/"(?:EventType|Type)"/);
  await page.getByRole('tab', { name: 'XML' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('<MessageId>');
  await page.getByRole('tab', { name: 'Raw' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(id ?? '');
  await page.getByRole('tab', { name: 'Properties' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('DequeueCount');
  await expect(page.getByRole('tabpanel')).toContainText('EnqueueTime');

  expect(errors).toEqual([]);
});

test('a second language renders the whole UI', async ({ page, launchApp }) => {
  const app = await launchApp({ demo: 'now' });
  await page.goto(app.url);
  await expect(page.getByRole('grid', { name: /^Events/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
  await expect(page.getByRole('grid', { name: /^事件，共 \d+ 条/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '设置' })).toBeVisible();
});
