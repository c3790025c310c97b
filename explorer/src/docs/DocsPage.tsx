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
      <header className="topbar">
        <h1>{i18n.t('docs.title')}</h1>
        <a href="/">{i18n.t('docs.explorer')}</a>
        <a href="/graphiql.html">{i18n.t('docs.editor')}</a>
        <Button lang={other} onPress={() => onLang(other)}>{i18n.t('lang.switch')}</Button>
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
              <pre><code>{example.query}</code></pre>
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
