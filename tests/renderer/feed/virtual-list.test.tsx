import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from './support/render-app';

describe('feed virtual list', () => {
  it('renders only the rows in view for a 100,000-entry journal, sized by the total', async () => {
    const { api } = renderApp({ total: 100_000 });
    const grid = await screen.findByRole('grid', { name: /100000 in all/ });
    expect(grid.getAttribute('aria-rowcount')).toBe('100000');
    await screen.findByText('Event 99999');
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    const spacer = grid.firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${100_000 * 60}px`);
    // Every query asks for one page-sized window, never the whole journal.
    for (const [query] of vi.mocked(api.queryFeed).mock.calls) {
      expect(query.limit ?? 200).toBeLessThanOrEqual(1000);
    }
  });

  it('loads the rows of a far scroll position on demand', async () => {
    renderApp({ total: 100_000 });
    const grid = await screen.findByRole('grid');
    await screen.findByText('Event 99999');
    grid.scrollTop = 50_000 * 60;
    fireEvent.scroll(grid);
    // List position 50,000 holds entry 49,999.
    await screen.findByText('Event 49999');
    expect(screen.queryByText('Event 99999')).toBeNull();
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeLessThan(40));
  });
});
