import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '../core/i18n/catalogue.js';
import { applyTheme } from '../ui/index.js';
import '../styles.css';
import { DeclarePage } from './DeclarePage.js';

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DeclarePage i18n={translator(lang)} />
  </StrictMode>,
);
