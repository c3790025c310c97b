import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { translator, type Lang } from '../core/i18n/catalogue.js';
import { applyTheme } from '../ui/index.js';
import '../styles.css';
import { DocsPage } from './DocsPage.js';
import { EXAMPLES } from './examples.js';

function App() {
  const [lang, setLang] = useState<Lang>(new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'fr');
  const change = (next: Lang): void => {
    const url = new URL(window.location.href);
    if (next === 'fr') url.searchParams.delete('lang');
    else url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    document.documentElement.lang = next;
    setLang(next);
  };
  return <DocsPage examples={EXAMPLES} i18n={translator(lang)} onLang={change} />;
}

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
