import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { journalRow } from './support/journal';
import { renderApp } from './support/render-app';

const selectionBar = () => screen.getByRole('toolbar', { name: 'Selection actions' });

afterEach(() => {
  vi.useRealTimers();
});

describe('delete with undo', () => {
  it('deletes the selection, counts down to sending, and undoes', async () => {
    // Fake clocks that still move on their own, so Testing Library's waiting keeps working.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = renderApp({
      total: 5,
      mode: 'consume',
      overrides: {
        deleteMessages: vi.fn(async ({ ids }) => ({
          ticket: 'delete-7',
          ids,
          sendsAt: Date.now() + 1500,
        })),
      },
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 4”' }));
    fireEvent.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted 1')).toBeTruthy();
    expect(api.deleteMessages).toHaveBeenCalledWith({ ids: [journalRow(4).id] });
    expect(screen.getByText('sent in 2 s')).toBeTruthy();
    // The countdown is live.
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('sent in 1 s')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.undoDelete).toHaveBeenCalledWith({ ticket: 'delete-7' }));
    expect(await screen.findByText('Delete undone: the messages stay in the queue.')).toBeTruthy();
    expect(screen.queryByText('Deleted 1')).toBeNull();
  });

  it('reports failed deletes from the engine in words until dismissed', async () => {
    const { api } = renderApp({ total: 5, mode: 'consume' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 3”' }));
    fireEvent.click(within(selectionBar()).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 1');

    api.emit({
      type: 'action-results',
      ticket: 'delete-1',
      results: [
        {
          id: journalRow(3).id,
          ok: false,
          failure: 'lease-expired',
          message: 'MNS said the receipt handle expired.',
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 of 1 could not be deleted:');
    expect(alert.textContent).toContain(
      'MSG-3: the lease ran out before the delete was sent. MNS said the receipt handle expired.',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows engine notices as toasts', async () => {
    const { api } = renderApp({ total: 1 });
    await screen.findByText('Event 0');
    api.emit({ type: 'notice', level: 'error', queueKey: undefined, message: 'Disk is full.' });
    expect((await screen.findByRole('alert')).textContent).toContain('Disk is full.');
  });
});

describe('watched queues', () => {
  it('offer no destructive action and say why', async () => {
    const { api } = renderApp({ total: 5, mode: 'watch' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 4”' }));
    const bar = selectionBar();
    expect(within(bar).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(within(bar).queryByRole('button', { name: 'Release' })).toBeNull();
    expect(bar.textContent).toContain(
      'Watched queues are only peeked: MNS Watch never changes them.',
    );
    fireEvent.keyDown(document.body, { key: 'Delete' });
    fireEvent.keyDown(document.body, { key: 'r' });
    expect(api.deleteMessages).not.toHaveBeenCalled();
    expect(api.releaseMessage).not.toHaveBeenCalled();
  });

  it('consumed queues offer Delete and Release for leased messages', async () => {
    renderApp({ total: 5, mode: 'consume' });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 4”' }));
    expect(within(selectionBar()).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(within(selectionBar()).getByRole('button', { name: 'Release' })).toBeTruthy();
  });
});

describe('copy and export', () => {
  it('exports the selection in the chosen format', async () => {
    const { api, saveFile } = renderApp({ total: 5 });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 4”' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Export format' }), {
      target: { value: 'csv' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export selected (1)' }));
    await waitFor(() =>
      expect(api.exportEvents).toHaveBeenCalledWith({ ids: [journalRow(4).id], format: 'csv' }),
    );
    await waitFor(() => expect(saveFile).toHaveBeenCalled());
  });

  it('copies the message ids of the selection', async () => {
    const { copyText } = renderApp({ total: 5 });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 4”' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “Event 2”' }));
    fireEvent.click(within(selectionBar()).getByRole('button', { name: 'Copy IDs' }));
    await waitFor(() => expect(copyText).toHaveBeenCalledWith('MSG-4\nMSG-2'));
    expect(await screen.findByText('Copied 2 message IDs.')).toBeTruthy();
  });
});
