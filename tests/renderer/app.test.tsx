import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Api } from '../../preload/contract';
import { App } from '../../renderer/App';
import { createAppStore } from '../../renderer/store/app-store';

describe('App shell', () => {
  it('shows the version and host the engine reports', async () => {
    const api: Api = {
      appInfo: () => Promise.resolve({ name: 'MNS Watch', version: '1.2.3', host: 'electron' }),
    };
    render(<App store={createAppStore()} api={api} />);
    expect(await screen.findByTestId('app-version')).toHaveProperty(
      'textContent',
      'v1.2.3 · desktop',
    );
  });

  it('says the engine did not answer, with the reason, when the bridge call fails', async () => {
    const api: Api = { appInfo: () => Promise.reject(new Error('channel closed')) };
    render(<App store={createAppStore()} api={api} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The engine did not answer: channel closed',
    );
  });

  it('tells the user how to start the engine when there is no bridge', () => {
    render(<App store={createAppStore()} api={undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('npm start');
  });
});
