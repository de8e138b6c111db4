import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { FirstRun } from '../../../renderer/setup/FirstRun';
import { deferred, renderIn } from './render-in-language';

describe('FirstRun', () => {
  it('explains the app and offers the two choices', () => {
    renderIn(<FirstRun onTryDemo={() => Promise.resolve()} onConnect={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Welcome to MNS Watch' })).toBeDefined();
    expect(screen.getByText(/only peeks at messages/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Connect an account' })).toBeDefined();
  });

  it('shows the demo as busy while it starts', async () => {
    const start = deferred<undefined>();
    const onTryDemo = vi.fn(() => start.promise);
    renderIn(<FirstRun onTryDemo={onTryDemo} onConnect={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    const busy = await screen.findByRole('button', { name: 'Starting the demo…' });
    expect(busy).toHaveProperty('disabled', true);
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(onTryDemo).toHaveBeenCalledTimes(1);
    start.resolve(undefined);
    await screen.findByRole('button', { name: 'Try the demo' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why the demo did not start and lets the user try again', async () => {
    const onTryDemo = vi.fn(() => Promise.reject(new Error('Port 9120 is already in use.')));
    renderIn(<FirstRun onTryDemo={onTryDemo} onConnect={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The demo could not start: Port 9120 is already in use.',
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Try the demo' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
  });

  it('opens the account form on Connect an account', () => {
    const onConnect = vi.fn();
    renderIn(<FirstRun onTryDemo={() => Promise.resolve()} onConnect={onConnect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Connect an account' }));
    expect(onConnect).toHaveBeenCalledTimes(1);
  });

  it('reads in Simplified Chinese', () => {
    renderIn(<FirstRun onTryDemo={() => Promise.resolve()} onConnect={() => undefined} />, 'zh-CN');
    expect(screen.getByRole('button', { name: '试用演示' })).toBeDefined();
    expect(screen.getByRole('button', { name: '连接账号' })).toBeDefined();
  });
});
