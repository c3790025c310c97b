import { normaliseWorkshopCode } from '@maillage/schema/workshop-code';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '../core/i18n/catalogue.js';
import { applyTheme } from '../ui/index.js';
import '../styles.css';
import './workshop.css';
import { ParticipantPage } from './ParticipantPage.js';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;
const code = params.get('code');

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParticipantPage i18n={translator(lang)} code={code ? (normaliseWorkshopCode(code) ?? code.toUpperCase()) : null} />
  </StrictMode>,
);
