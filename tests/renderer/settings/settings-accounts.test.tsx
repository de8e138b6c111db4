import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { createFakeApi } from '../support/fake-api';
import { openPanel, sampleSettings } from './settings-fixtures';

function card(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

describe('SettingsPanel: accounts', () => {
  it('is a modal dialog that closes on Escape and on Close', () => {
    const handlers = openPanel(createFakeApi());
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(handlers.onClose).toHaveBeenCalledTimes(2);
  });

  it('shows who each account is and where its secret is, never a secret', () => {
    openPanel(createFakeApi());
    const prod = card('Production');
    expect(within(prod).getByText('1234567890123456')).toBeDefined();
    expect(within(prod).getByText('LTAI…x7Qp')).toBeDefined();
    expect(within(prod).getByText('Keychain')).toBeDefined();
    expect(within(card('Demo')).getByText('Demo', { selector: '.badge' })).toBeDefined();
    expect(within(card('Staging')).getByText('This session only')).toBeDefined();
  });

  it('warns when no secret is stored and offers to enter it', () => {
    const handlers = openPanel(createFakeApi());
    const staging = card('Staging');
    expect(within(staging).getByText('No secret stored: enter it to start polling.')).toBeDefined();
    fireEvent.click(within(staging).getByRole('button', { name: 'Enter secret' }));
    expect(handlers.onEditAccount).toHaveBeenCalledWith('stage');
    expect(within(card('Production')).queryByText(/No secret stored/)).toBeNull();
  });

  it('opens the account form for Add and Edit; the demo account has no keys to edit', () => {
    const handlers = openPanel(createFakeApi());
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(handlers.onAddAccount).toHaveBeenCalledTimes(1);
    fireEvent.click(within(card('Production')).getByRole('button', { name: 'Edit' }));
    expect(handlers.onEditAccount).toHaveBeenCalledWith('prod');
    expect(within(card('Demo')).queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('asks before switching a queue to Consume, spelling out the consequence', async () => {
    const api = createFakeApi();
    openPanel(api);
    const mode = screen.getByRole('radiogroup', { name: 'Mode of vod-events' });
    fireEvent.click(within(mode).getByRole('radio', { name: 'Consume' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Consume vod-events?' });
    expect(confirm.textContent).toContain('other consumers of this queue will not get it');
    expect(api.setQueueMode).not.toHaveBeenCalled();
    // Nothing changes until the user says yes.
    expect(within(mode).getByRole('radio', { name: 'Watch' })).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.setQueueMode).not.toHaveBeenCalled();

    fireEvent.click(within(mode).getByRole('radio', { name: 'Consume' }));
    fireEvent.click(screen.getByRole('button', { name: 'Switch to Consume' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.setQueueMode).toHaveBeenCalledWith({
      profileId: 'prod',
      regionId: 'cn-shanghai',
      queue: 'vod-events',
      mode: 'consume',
    });
  });

  it('Escape in the confirmation cancels it without closing settings', () => {
    const api = createFakeApi();
    const handlers = openPanel(api);
    const mode = screen.getByRole('radiogroup', { name: 'Mode of vod-events' });
    fireEvent.click(within(mode).getByRole('radio', { name: 'Consume' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(handlers.onClose).not.toHaveBeenCalled();
  });

  it('switches back to Watch at once (it harms nobody)', async () => {
    const api = createFakeApi();
    openPanel(api);
    const mode = screen.getByRole('radiogroup', { name: 'Mode of mps-jobs' });
    fireEvent.click(within(mode).getByRole('radio', { name: 'Watch' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() =>
      expect(api.setQueueMode).toHaveBeenCalledWith({
        profileId: 'prod',
        regionId: 'cn-shanghai',
        queue: 'mps-jobs',
        mode: 'watch',
      }),
    );
  });

  it('pauses a queue', async () => {
    const api = createFakeApi();
    openPanel(api);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause vod-events' }));
    await waitFor(() =>
      expect(api.setQueueMode).toHaveBeenCalledWith({
        profileId: 'prod',
        regionId: 'cn-shanghai',
        queue: 'vod-events',
        paused: true,
      }),
    );
  });

  it('shows why a queue change failed, next to the account', async () => {
    const api = createFakeApi({
      setQueueMode: vi.fn(() => Promise.reject(new Error('Settings file is read-only.'))),
    });
    openPanel(api);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause vod-events' }));
    expect((await within(card('Production')).findByRole('alert')).textContent).toBe(
      'Not saved: Settings file is read-only.',
    );
  });

  it('removes an account only after confirmation', async () => {
    const api = createFakeApi();
    openPanel(api);
    fireEvent.click(within(card('Production')).getByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove Production?' });
    expect(confirm.textContent).toContain('forgets its stored secret');
    expect(api.removeAccount).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove account' }));
    await waitFor(() => expect(api.removeAccount).toHaveBeenCalledWith({ id: 'prod' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('keeps the confirmation open with the reason when removing fails', async () => {
    const api = createFakeApi({
      removeAccount: vi.fn(() => Promise.reject(new Error('The keychain is locked.'))),
    });
    openPanel(api);
    fireEvent.click(within(card('Production')).getByRole('button', { name: 'Remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove account' }));
    const confirm = screen.getByRole('alertdialog');
    expect((await within(confirm).findByRole('alert')).textContent).toBe('The keychain is locked.');
  });

  it('invites adding the first account when there is none', () => {
    openPanel(createFakeApi(), sampleSettings({ accounts: [] }));
    expect(
      screen.getByText('No accounts yet. Add one to start watching its queues.'),
    ).toBeDefined();
  });
});
