import { expect, test } from '@playwright/test';

// The built renderer on its own (vite preview, no engine): what a page without a bridge shows, and
// the CSP. The whole app with its engine is covered by the web-app-*.spec.ts files.
test.describe('renderer without an engine', () => {
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
