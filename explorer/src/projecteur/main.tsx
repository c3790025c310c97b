import { normaliseWorkshopCode } from '@maillage/schema/workshop-code';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '../core/i18n/catalogue.js';
import { applyTheme } from '../ui/index.js';
import '../styles.css';
import '../atelier/workshop.css';
import { ProjectorPage } from './ProjectorPage.js';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;
const code = normaliseWorkshopCode(params.get('code') ?? '');

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {code ? <ProjectorPage i18n={translator(lang)} code={code} /> : <main className="projector"><p role="alert">{translator(lang).t('workshop.codeBad')}</p></main>}
  </StrictMode>,
);
