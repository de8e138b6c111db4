// Small steps the end-to-end specs share: find the demo's leased messages at the engine, narrow
// the feed to one of them through the real search box, and read the local server's queue.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

import type { FeedPage, FeedRow } from '../../../preload/contract';
import type { WebApp } from '../../../main/hosts/browser/web-app';
import { DEMO_QUEUES } from '../../../main/local-mns/demo';

/** The consumed demo queue (Delete, Release and Undo apply to it). */
export const CONSUMED_QUEUE = DEMO_QUEUES.vod;

/** Waits until the demo has delivered a message MNS Watch holds a lease on, and returns it. */
export async function leasedDemoRow(app: WebApp): Promise<FeedRow> {
  let row: FeedRow | undefined;
  await expect
    .poll(
      async () => {
        const page = (await app.runtime.handlers.queryFeed({
          queues: [CONSUMED_QUEUE],
          states: ['leased'],
          limit: 1,
        })) as FeedPage;
        row = page.rows[0];
        return row !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  if (row === undefined) throw new Error('no leased row');
  return row;
}

/** Searches the feed for one message id and opens its detail pane. */
export async function openByMessageId(page: Page, row: FeedRow): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(row.messageId);
  const grid = page.getByRole('grid', { name: /^Events, 1 in all/ });
  await expect(grid).toBeVisible();
  await grid.getByRole('row').first().click();
  await expect(page.getByRole('tab', { name: 'Summary' })).toBeVisible();
}

/** The message as the local MNS server holds it now, or undefined once it is deleted. */
export function serverMessage(app: WebApp, messageId: string) {
  const demo = app.runtime.demo();
  if (demo === undefined) throw new Error('the demo is not running');
  return demo.server.store.listMessages(CONSUMED_QUEUE).find((m) => m.messageId === messageId);
}
