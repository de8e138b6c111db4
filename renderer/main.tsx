import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { getApi } from './api';
import { createAppStore } from './store/app-store';
import './styles/global.css';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App store={createAppStore()} api={getApi()} />
    </StrictMode>,
  );
}
