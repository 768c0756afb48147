import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { captureTokenFromUrl } from './auth/captureTokenFromUrl';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './styles/global.css';
import './ui/ui.css';

// Before anything renders or routes: take the token out of the address bar.
captureTokenFromUrl();
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
