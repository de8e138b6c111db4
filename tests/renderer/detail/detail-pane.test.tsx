import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { BODIES } from './support/fixtures';
import { makeDetail, makeRow, T0 } from './support/details';
import { renderPane } from './support/render';

const detail = makeDetail(BODIES.transcodePartial);

describe('DetailPane header', () => {
  it('shows outcome, title, subtitle, badges, place and exact time', () => {
    renderPane(detail);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Transcode partially failed: 1 of 2 renditions',
    );
    expect(screen.getByRole('img', { name: 'Partly failed' })).toBeTruthy();
    expect(screen.getByText('VideoId 4c3b2a190f8e4d7c6b5a49382716f5e4')).toBeTruthy();
    const badges = within(screen.getByRole('list', { name: 'Event facts' }));
    for (const text of ['Transcode', 'VOD', 'TranscodeComplete', 'Peeked']) {
      expect(badges.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText('cn-shanghai / vod-events')).toBeTruthy();
    const time = document.querySelector('.detail-header time');
    expect(time?.textContent).toBe('2024-05-14 08:31:07.000 UTC');
    expect(time?.getAttribute('datetime')).toBe('2024-05-14T08:31:07.000Z');
    expect(screen.getByText('(1 min ago)')).toBeTruthy();
  });

  it('flags intermediate steps and redeliveries', () => {
    renderPane(makeDetail(BODIES.transcodePartial, { row: { final: false, dequeueCount: 3 } }));
    expect(screen.getByText('Intermediate step')).toBeTruthy();
    expect(screen.getByText('Received 3 times')).toBeTruthy();
  });

  it('shows a loading state from the row while the detail is on its way', () => {
    renderPane(undefined, { row: makeRow({ title: 'Upload complete: clip.mp4' }) });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Upload complete: clip.mp4');
    expect(screen.getByRole('status').textContent).toContain('Loading the message…');
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows a specific error banner when loading fails', () => {
    renderPane(undefined, { error: 'The event could not be loaded: channel closed' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The event could not be loaded: channel closed');
    expect(screen.queryByText('Loading the message…')).toBeNull();
  });

  it('shows the last failed action', () => {
    renderPane(makeDetail(BODIES.transcodePartial, { row: { lastError: 'Lease expired.' } }));
    expect(screen.getByText('The last action on this message failed: Lease expired.')).toBeTruthy();
  });
});

describe('DetailPane actions', () => {
  it('hides Delete and Release on a watched queue and says why', () => {
    renderPane(detail, { mode: 'watch' });
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Release' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Extend lease' })).toBeNull();
    expect(
      screen.getByText('This queue is watched: MNS Watch only peeks it and never changes it.'),
    ).toBeTruthy();
  });

  it('hides them too when the queue is no longer configured', () => {
    renderPane(detail, { mode: undefined });
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByText(/no longer set up/)).toBeTruthy();
  });

  it('offers Delete, Release and Extend for a leased message of a consumed queue', () => {
    const leased = makeDetail(BODIES.transcodePartial, {
      row: { state: 'leased', leaseExpiresAt: T0 + 60_000 + 125_000 },
    });
    const { spies } = renderPane(leased, { mode: 'consume' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(spies.onDelete).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Release' }));
    expect(spies.onRelease).toHaveBeenCalledTimes(1);

    const extend = screen.getByRole('button', { name: 'Extend lease' });
    expect(extend.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(extend);
    expect(extend.getAttribute('aria-expanded')).toBe('true');
    const choices = within(screen.getByRole('group', { name: 'Extend the lease by' }));
    expect(choices.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '1 min',
      '5 min',
      '30 min',
    ]);
    fireEvent.click(choices.getByRole('button', { name: '5 min' }));
    expect(spies.onExtend).toHaveBeenCalledWith(300);
    expect(screen.queryByRole('group', { name: 'Extend the lease by' })).toBeNull();
    expect(document.activeElement).toBe(extend);

    expect(screen.getByRole('timer').textContent).toBe('Lease ends in 2:05');
    expect(screen.queryByText(/watched/)).toBeNull();
  });

  it('closes the extend choices with Escape', () => {
    const leased = makeDetail(BODIES.transcodePartial, { row: { state: 'leased' } });
    renderPane(leased, { mode: 'consume' });
    fireEvent.click(screen.getByRole('button', { name: 'Extend lease' }));
    fireEvent.keyDown(screen.getByRole('button', { name: '1 min' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: '1 min' })).toBeNull();
  });

  it('says when the lease has run out', () => {
    const leased = makeDetail(BODIES.transcodePartial, {
      row: { state: 'leased', leaseExpiresAt: T0 },
    });
    renderPane(leased, { mode: 'consume' });
    expect(screen.getByRole('timer').textContent).toContain('Lease ended');
  });

  it.each([
    ['deleted', 'This message was deleted from the queue.'],
    ['deleting', 'Deleting: the delete is waiting out its undo window or being sent.'],
    ['peeked', /does not hold this message/],
  ] as const)('disables the actions of a %s message with the reason', (state, reason) => {
    const { spies } = renderPane(makeDetail(BODIES.transcodePartial, { row: { state } }), {
      mode: 'consume',
    });
    const del = screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
    const release = screen.getByRole('button', { name: 'Release' }) as HTMLButtonElement;
    expect(del.disabled).toBe(true);
    expect(release.disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Extend lease' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    const reasonElement = screen.getByText(reason);
    expect(del.getAttribute('aria-describedby')).toBe(reasonElement.id);
    fireEvent.click(del);
    expect(spies.onDelete).not.toHaveBeenCalled();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('always offers Compare and Close', () => {
    const { spies } = renderPane(detail, { mode: 'watch' });
    fireEvent.click(screen.getByRole('button', { name: 'Compare…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(spies.onCompare).toHaveBeenCalledTimes(1);
    expect(spies.onClose).toHaveBeenCalledTimes(1);
  });
});
