import { expect, test } from '@playwright/test';

test.describe('renderer in Chromium', () => {
  test('shows the app with the engine identity the bridge reports', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'mnsWatch', {
        value: {
          appInfo: () => Promise.resolve({ name: 'MNS Watch', version: '9.8.7', host: 'browser' }),
        },
      });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'MNS Watch' })).toBeVisible();
    await expect(page.getByTestId('app-version')).toHaveText('v9.8.7 · browser');
    expect(errors).toEqual([]);
  });

  test('explains what to do when no engine is connected', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('not connected to its engine');
  });

  test('enforces a Content-Security-Policy that blocks inline script', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto('/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
