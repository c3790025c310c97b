import type { Example } from '@maillage/schema/examples';
import { EXPORTS } from '../core/exports/href.js';
import type { Lang, Translator } from '../core/i18n/catalogue.js';
import { Button } from '../ui/index.js';

interface Props {
  examples: Example[];
  i18n: Translator;
  onLang(lang: Lang): void;
}

/** The researchers' page: how to reach the API, the exports, and ten worked queries to open in the editor. */
export function DocsPage({ examples, i18n, onLang }: Props) {
  const other: Lang = i18n.lang === 'fr' ? 'en' : 'fr';
  return (
    <div className="docs" lang={i18n.lang}>
      <header className="app-header">
        <h1 className="brand"><span className="brand-mark" aria-hidden="true" />{i18n.t('docs.title')}</h1>
        <nav className="header-tools" aria-label={i18n.t('docs.title')}>
          <a className="ui-button quiet" href="/">{i18n.t('docs.explorer')}</a>
          <a className="ui-button quiet" href="/graphiql.html">{i18n.t('docs.editor')}</a>
          <Button tone="quiet" lang={other} onPress={() => onLang(other)}>{i18n.t('lang.switch')}</Button>
        </nav>
      </header>
      <main>
        <p>{i18n.t('docs.intro')}</p>
        <h2>{i18n.t('docs.exports')}</h2>
        <p>{i18n.t('docs.exportsIntro')}</p>
        <ul>
          {EXPORTS.map(({ file, key }) => (
            <li key={key}><a href={`/export/${file}`}>{i18n.t(`download.${key}`)}</a> <code>/export/{file}</code></li>
          ))}
        </ul>
        <h2>{i18n.t('docs.examples')}</h2>
        <ol className="examples">
          {examples.map((example) => (
            <li key={example.name}>
              <h3>{example.title[i18n.lang]}</h3>
              <pre tabIndex={0} aria-label={example.title[i18n.lang]}><code>{example.query}</code></pre>
              <a href={`/graphiql.html?query=${encodeURIComponent(example.query)}`}>{i18n.t('docs.tryIt')}</a>
            </li>
          ))}
        </ol>
        <h2>{i18n.t('docs.limits')}</h2>
        <p>{i18n.t('docs.limitsText')}</p>
      </main>
    </div>
  );
}
