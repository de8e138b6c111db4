// Accessibility of the running app, checked by axe-core in Chromium: names, roles, labels and
// colour contrast, in both themes: first run, account form, feed with a detail tab, settings and
// the timeline.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './support/web-app-fixture';

async function violations(page: Page): Promise<string[]> {
  // Colours are checked once dialogs have finished fading in, not halfway through.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('first run has no WCAG A/AA violations', async ({ page, launchApp }) => {
  const app = await launchApp();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Welcome to MNS Watch' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: /Connect an account/ }).click();
  await expect(page.getByRole('dialog', { name: 'Connect an account' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the feed, a detail tab and settings pass WCAG A/AA in the ${theme} theme`, async ({
    page,
    launchApp,
  }) => {
    const app = await launchApp({ demo: 'now' });
    await app.runtime.handlers.updatePreferences({
      display: { theme, language: 'en', timeZone: 'local' },
    });
    await page.goto(app.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const feed = page.getByRole('grid', { name: /^Events, [1-9]/ });
    await feed.getByRole('row').first().click({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'JSON' }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('switch', { name: 'Group by asset' }).click();
    await expect(page.getByRole('switch', { name: 'Group by asset' })).toBeChecked();
    expect(await violations(page)).toEqual([]);
  });
}
