import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { detailOf } from './support/event-detail';
import { journalRow } from './support/journal';
import { renderApp } from './support/render-app';

const detailPane = () => screen.getByRole('complementary', { name: 'Event detail' });

describe('detail and compare', () => {
  it('opens the clicked event in the side pane', async () => {
    const { api } = renderApp({
      total: 5,
      overrides: {
        getEvent: vi.fn(async ({ id }) => detailOf(journalRow(Number(id.split('-').pop())))),
      },
    });
    fireEvent.click(await screen.findByText('Event 3'));
    await waitFor(() => expect(api.getEvent).toHaveBeenCalledWith({ id: journalRow(3).id }));
    expect(within(detailPane()).getAllByText('Event 3').length).toBeGreaterThan(0);
  });

  it('says when the event has left the journal', async () => {
    renderApp({ total: 5, overrides: { getEvent: vi.fn(async () => null) } });
    fireEvent.click(await screen.findByText('Event 3'));
    expect(await within(detailPane()).findByText(/no longer in the journal/)).toBeTruthy();
  });

  it('marks a compare base, then compares it with another event', async () => {
    renderApp({
      total: 5,
      overrides: {
        getEvent: vi.fn(async ({ id }) => detailOf(journalRow(Number(id.split('-').pop())))),
      },
    });
    fireEvent.click(await screen.findByText('Event 4'));
    fireEvent.click(await within(detailPane()).findByRole('button', { name: 'Compare…' }));
    expect(await screen.findByText(/Marked as the compare base/)).toBeTruthy();

    fireEvent.click(screen.getAllByText('Event 2')[0] as HTMLElement);
    await within(detailPane()).findByText('Compare base: Event 4');
    await waitFor(() =>
      expect(within(detailPane()).getAllByText('Event 2').length).toBeGreaterThan(0),
    );
    fireEvent.click(within(detailPane()).getByRole('button', { name: 'Compare…' }));
    const compare = await screen.findByRole('complementary', { name: 'Compare events' });
    expect(within(compare).getByRole('heading', { name: 'Compare messages' })).toBeTruthy();
  });
});
