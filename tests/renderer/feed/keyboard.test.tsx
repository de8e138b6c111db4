import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { journalRow } from './support/journal';
import { renderApp } from './support/render-app';

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
const selectedTitles = () =>
  screen
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => row.querySelector('.feed-row__title')?.textContent);

describe('keyboard shortcuts', () => {
  it('moves the selection with arrows and j/k, opens with Enter, closes with Escape', async () => {
    const { api } = renderApp({ total: 30 });
    await screen.findByText('Event 29');
    press('j');
    expect(selectedTitles()).toEqual(['Event 29']);
    press('ArrowDown');
    press('ArrowDown');
    expect(selectedTitles()).toEqual(['Event 27']);
    press('k');
    expect(selectedTitles()).toEqual(['Event 28']);

    press('Enter');
    await waitFor(() => expect(api.getEvent).toHaveBeenCalledWith({ id: journalRow(28).id }));
    expect(await screen.findByRole('complementary', { name: 'Event detail' })).toBeTruthy();

    press('Escape');
    expect(screen.queryByRole('complementary', { name: 'Event detail' })).toBeNull();
    expect(selectedTitles()).toEqual(['Event 28']);
    press('Escape');
    expect(selectedTitles()).toEqual([]);
  });

  it('focuses the search with "/" and ignores shortcuts while typing there', async () => {
    renderApp({ total: 5 });
    await screen.findByText('Event 4');
    press('/');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(document.activeElement).toBe(search);
    press('j', search);
    expect(selectedTitles()).toEqual([]);
  });

  it('deletes with the Delete key and releases with "r" on consumed queues', async () => {
    const { api } = renderApp({ total: 5, mode: 'consume' });
    await screen.findByText('Event 4');
    press('j');
    press('Delete');
    await waitFor(() =>
      expect(api.deleteMessages).toHaveBeenCalledWith({ ids: [journalRow(4).id] }),
    );
    press('r');
    await waitFor(() => expect(api.releaseMessage).toHaveBeenCalledWith({ id: journalRow(4).id }));
  });

  it('selects a range with shift-click', async () => {
    renderApp({ total: 10 });
    fireEvent.click(await screen.findByText('Event 9'));
    fireEvent.click(screen.getByText('Event 6'), { shiftKey: true });
    expect(selectedTitles()).toEqual(['Event 9', 'Event 8', 'Event 7', 'Event 6']);
    expect(screen.getByText('4 selected')).toBeTruthy();
  });
});
