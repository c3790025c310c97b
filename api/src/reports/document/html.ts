import { reportTranslator, type Lang, type ReportMessageKey } from '@maillage/schema/vocabulary';
import type { Audience } from '../../analytics/projection/audience.js';
import type { ReportFigures } from '../figures/figures.js';
import { escapeHtml as e } from './escape.js';
import { numberWords } from './format.js';
import type { T, Words } from './parts.js';
import { changes } from './sections/changes.js';
import { keyFigures } from './sections/keyFigures.js';
import { communities, holding, projects, resources, sectors } from './sections/lists.js';
import { pictures } from './sections/pictures.js';
import { quality } from './sections/quality.js';
import { REPORT_CSS } from './styles.js';

/** What a report page is made from: the figures, and what says where they come from. */
export interface ReportDocument {
  figures: ReportFigures;
  graphVersion: string | null;
  audience: Audience;
  lang: Lang;
  /** When it was made, ISO 8601. */
  madeAt: string;
  /** The command that makes it again. */
  command: string;
}

const SECTIONS = ['key-figures', 'changes', 'pictures', 'sectors', 'resources', 'projects', 'holding', 'communities', 'quality', 'appendix'] as const;
const TITLES: Record<(typeof SECTIONS)[number], ReportMessageKey> = {
  'key-figures': 'report.keyFigures', changes: 'report.changes', pictures: 'report.pictures', sectors: 'report.sectors',
  resources: 'report.resources', projects: 'report.projects', holding: 'report.holding', communities: 'report.communities',
  quality: 'report.quality', appendix: 'report.appendix',
};

/** The report as one self-contained HTML page (inline styles and SVG, no script): printable, and what the PDF prints. */
export async function reportHtml(document: ReportDocument): Promise<string> {
  const t = reportTranslator(document.lang);
  const words: Words = { t, n: numberWords(document.lang), day: (iso) => t.date(iso) };
  const { figures } = document;
  const sections = [
    section(words, 'key-figures', await keyFigures(words, figures), [t.t('report.keyFigures.method'), t.t('report.categories.method')],
      t.t('report.keyFigures.coverage', { dated: words.n.integer(figures.now.stats.links - figures.quality.linksWithoutDates), links: words.n.integer(figures.now.stats.links) })),
    section(words, 'changes', await changes(words, figures), [t.t('report.changes.method')]),
    section(words, 'pictures', pictures(words, figures), [t.t('report.pictures.method')],
      t.t('report.map.coverage', { located: words.n.integer(figures.quality.actorsLocated), actors: words.n.integer(figures.quality.actors) })),
    section(words, 'sectors', sectors(words, figures), [t.t('report.sectors.method')],
      t.t('report.sectors.coverage', { withSector: words.n.integer(figures.quality.actorsWithSector), actors: words.n.integer(figures.quality.actors) })),
    section(words, 'resources', await resources(words, figures), [t.t('report.resources.method')],
      t.t('report.resources.coverage', { declaring: words.n.integer(figures.resources.actorsDeclaring), actors: words.n.integer(figures.resources.actors) })),
    section(words, 'projects', projects(words, figures), [t.t('report.projects.method')],
      t.t('report.projects.coverage', { outside: words.n.integer(figures.projects.outside) })),
    section(words, 'holding', holding(words, figures), [t.t('report.holding.method', {
      method: figures.brokers.method === 'EXACT' ? t.t('report.exact') : t.t('report.sampled', { sources: words.n.integer(figures.brokers.sources) }),
    })]),
    section(words, 'communities', communities(words, figures), [t.t('report.communities.method')]),
    section(words, 'quality', await quality(words, figures), [t.t('report.quality.method')]),
    section(words, 'appendix', appendix(words, document), []),
  ];
  const title = `${t.t('report.title')} — ${t.t('report.subtitle', { from: words.day(figures.from), to: words.day(figures.to) })}`;
  return [
    `<!doctype html><html lang="${document.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="maillage-graph-version" content="${e(document.graphVersion ?? '')}">`,
    `<title>${e(title)}</title><style>${REPORT_CSS}</style></head><body>`,
    cover(words, document),
    `<nav aria-labelledby="contents"><h2 id="contents">${e(t.t('report.contents'))}</h2><ol>`,
    ...SECTIONS.map((id) => `<li><a href="#${id}">${e(t.t(TITLES[id]))}</a></li>`),
    '</ol></nav><main>',
    ...sections,
    '</main></body></html>',
  ].join('');
}

function section(words: Words, id: (typeof SECTIONS)[number], body: string, method: string[], coverage?: string): string {
  const { t } = words;
  const note = method.length || coverage
    ? `<aside class="method" aria-label="${e(t.t('report.method'))}"><p><strong>${e(t.t('report.method'))}.</strong> ${method.map(e).join(' ')}</p>${coverage ? `<p>${e(t.t('report.coverage', { text: coverage }))}</p>` : ''}</aside>`
    : '';
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${e(t.t(TITLES[id]))}</h2>${body}${note}</section>`;
}

export function selectionWords(t: T, figures: Pick<ReportFigures, 'filter' | 'territory' | 'sector'>): string {
  const { filter } = figures;
  const colon = t.lang === 'fr' ? ' : ' : ': ';
  const parts: string[] = [];
  if (figures.territory) parts.push(`${t.t('report.territory')}${colon}${figures.territory.name}`);
  if (figures.sector) parts.push(`${t.t('report.sector')}${colon}${t.lang === 'en' && figures.sector.nameEn ? figures.sector.nameEn : figures.sector.name}`);
  if (filter.silos) parts.push(`${t.t('report.filterSilos')}${colon}${filter.silos.map((silo) => t.silo(silo)).join(', ')}`);
  if (filter.kinds) parts.push(`${t.t('report.filterKinds')}${colon}${filter.kinds.map((kind) => t.kind(kind)).join(', ')}`);
  if (filter.ptceRoles) parts.push(`${t.t('report.filterRoles')}${colon}${filter.ptceRoles.map((role) => t.role(role)).join(', ')}`);
  if (filter.linkKinds) parts.push(`${t.t('report.filterLinkKinds')}${colon}${filter.linkKinds.map((kind) => t.linkKind(kind)).join(', ')}`);
  if (filter.minCore) parts.push(filter.minCore === 1 ? t.t('report.filterCoreOne') : t.t('report.filterCore', { k: String(filter.minCore) }));
  return parts.join(' · ') || t.t('report.wholeNetwork');
}

function cover(words: Words, document: ReportDocument): string {
  const { t } = words;
  const { figures } = document;
  const version = document.audience === 'animator'
    ? `<p class="version animator" role="note">${e(t.t('report.animatorVersion'))}</p>`
    : `<p class="version public" role="note">${e(t.t('report.publicVersion'))}</p>`;
  return `<header class="cover"><h1>${e(t.t('report.title'))}</h1>
    <p class="subtitle">${e(t.t('report.subtitle', { from: words.day(figures.from), to: words.day(figures.to) }))}</p>
    ${version}
    <dl>
      <dt>${e(t.t('report.selection'))}</dt><dd>${e(selectionWords(t, figures))}</dd>
      <dt>${e(t.t('report.made'))}</dt><dd>${e(words.day(document.madeAt.slice(0, 10)))}</dd>
    </dl>
    <p>${e(t.t('report.source', { version: document.graphVersion ?? '—' }))}</p>
  </header>`;
}

/** A table under its caption, or "None." when it has no row; `numeric` columns align right. */
function appendix(words: Words, document: ReportDocument): string {
  const { t } = words;
  return `<div class="appendix"><p>${e(t.t('report.appendix.text'))}</p>
    <p>${e(t.t('report.reproduce'))} <code>${e(document.command)}</code></p>
    <p>${e(t.t('report.source', { version: document.graphVersion ?? '—' }))}</p></div>`;
}
