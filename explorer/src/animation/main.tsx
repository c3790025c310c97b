import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '../core/i18n/catalogue.js';
import { applyTheme } from '../ui/index.js';
import '../styles.css';
import '../atelier/workshop.css';
import { animatorHeaders } from './animator.js';
import { ConsolePage } from './ConsolePage.js';
import { SummaryPage } from './SummaryPage.js';
import { WorkshopsPage } from './WorkshopsPage.js';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;
const i18n = translator(lang);
const headers = animatorHeaders();
const id = params.get('atelier');

function Desk() {
  if (!headers) {
    return <><h1>{i18n.t('workshop.desk')}</h1><p role="alert">{i18n.t('workshop.signIn')}</p><p><a className="ui-button primary" href={lang === 'en' ? '/?lang=en' : '/'}>{i18n.t('workshop.toExplorer')}</a></p></>;
  }
  if (id && params.get('vue') === 'bilan') return <SummaryPage i18n={i18n} headers={headers} id={id} />;
  if (id) return <ConsolePage i18n={i18n} headers={headers} id={id} />;
  return <WorkshopsPage i18n={i18n} headers={headers} />;
}

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="page-header wide"><p className="brand"><a href={lang === 'en' ? '/?lang=en' : '/'}><span className="brand-mark" aria-hidden="true" />{i18n.t('shell.brand')}</a></p></header>
    <main className="desk"><Desk /></main>
  </StrictMode>,
);
