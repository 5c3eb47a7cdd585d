import { i18n } from '#i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './welcome.css';

// The page's language is the catalogue's, so screen readers pronounce it right.
document.documentElement.lang = i18n.t('meta.lang');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
