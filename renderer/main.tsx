import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The design tokens and base controls load before any component's own styles, which refine them.
import './styles/global.css';
import './styles/app.css';
import './feed/feed.css';
import { App } from './App';
import { getApi } from './api';
import { copyToClipboard, downloadFile } from './feed/browser-io';
import { createAppStore } from './store/app-store';

const root = document.getElementById('root');
if (root !== null) {
  const api = getApi();
  const store = createAppStore({ api, saveFile: downloadFile, copyText: copyToClipboard });
  createRoot(root).render(
    <StrictMode>
      <App store={store} api={api} />
    </StrictMode>,
  );
}
