import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from './support/render-app';

describe('live updates in the list', () => {
  it('shows new events at the top while the user follows the newest', async () => {
    const { api, journal } = renderApp({ total: 20 });
    await screen.findByText('Event 19');
    journal.total += 1;
    api.emit({ type: 'feed', rows: [journal.rowAtIndex(0)] });
    expect(await screen.findByText('Event 20')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /new event/ })).toBeNull();
  });

  it('patches a shown row as soon as its state changes', async () => {
    const { api, journal } = renderApp({ total: 5, mode: 'consume' });
    await screen.findByText('Event 4');
    journal.overrides.set(4, { state: 'delete-failed', lastError: 'Receipt handle expired.' });
    api.emit({ type: 'feed', rows: [journal.rowAtIndex(0)] });
    const badge = await screen.findByText('Delete failed');
    expect(badge.getAttribute('title')).toBe('Receipt handle expired.');
  });

  it('keeps the reader in place and offers a pill that jumps to the newest', async () => {
    const { api, journal } = renderApp({ total: 1000 });
    const grid = await screen.findByRole('grid');
    await screen.findByText('Event 999');
    grid.scrollTop = 300 * 60;
    fireEvent.scroll(grid);
    await screen.findByText('Event 699');

    const arrivals = [1000, 1001, 1002, 1003, 1004].map(() => {
      journal.total += 1;
      return journal.rowAtIndex(0);
    });
    api.emit({ type: 'feed', rows: arrivals });

    const pill = await screen.findByRole('button', { name: '5 new events' });
    // The row the user was reading is still at the top of the viewport.
    expect(grid.scrollTop).toBe(305 * 60);
    expect(screen.getByText('Event 699')).toBeTruthy();
    expect(screen.queryByText('Event 1004')).toBeNull();

    fireEvent.click(pill);
    expect(grid.scrollTop).toBe(0);
    expect(await screen.findByText('Event 1004')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /new events/ })).toBeNull());
  });
});
