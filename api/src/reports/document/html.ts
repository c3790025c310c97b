import {
  KIND_SHAPES, PROVENANCE_LINES, PROVENANCES, reportTranslator, SILO_COLOURS, SILOS, shapePath,
  type Lang, type ReportMessageKey, type Silo, type Translator,
} from '@maillage/schema/vocabulary';
import type { Audience } from '../../analytics/projection/audience.js';
import type { ActorRef } from '../../analytics/measures/actorRef.js';
import type { ReportFigures, Shortened } from '../figures/figures.js';
import { ESS_CATEGORIES } from '../figures/essCategories.js';
import { barChart, heatmap, stackedBar } from './charts.js';
import { escapeHtml as e } from './escape.js';
import { numberWords, type NumberWords } from './format.js';
import { mapPicture } from './mapPicture.js';
import { networkPicture } from './networkPicture.js';
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

type T = Translator<ReportMessageKey>;

interface Words {
  t: T;
  n: NumberWords;
  day(iso: string): string;
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
function table(words: Words, caption: string | null, headers: string[], rows: string[][], numeric: number[] = []): string {
  const title = caption ? `<caption>${e(caption)}</caption>` : '';
  if (rows.length === 0) return caption ? `<p><strong>${e(caption)}</strong> — ${e(words.t.t('report.none'))}</p>` : `<p>${e(words.t.t('report.none'))}</p>`;
  const cell = (tag: 'th' | 'td', text: string, i: number): string => `<${tag}${numeric.includes(i) ? ' class="number"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${text}</${tag}>`;
  return `<table>${title}<thead><tr>${headers.map((header, i) => cell('th', e(header), i)).join('')}</tr></thead>`
    + `<tbody>${rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

const silo = (t: T, value: Silo): string => `<span class="silo" style="--silo:${SILO_COLOURS[value]}">${e(t.silo(value))}</span>`;
const actor = (t: T, ref: ActorRef): string => `${e(ref.name)} <span class="names">(${e(t.silo(ref.silo))})</span>`;

function names(words: Words, list: Shortened<ActorRef>): string {
  if (list.total === 0) return '';
  const more = list.total > list.shown.length ? ` ${e(words.t.t('report.andMore', { count: words.n.integer(list.total - list.shown.length) }))}` : '';
  return `<br><span class="names">${list.shown.map((ref) => e(ref.name)).join(', ')}${more}</span>`;
}

async function keyFigures(words: Words, figures: ReportFigures): Promise<string> {
  const { t, n } = words;
  const [then, now] = [figures.then, figures.now];
  const row = (label: ReportMessageKey, before: number | null, after: number | null, kind: 'count' | 'decimal' | 'share'): string[] => {
    const say = (value: number | null): string => (kind === 'count' ? (value === null ? '—' : n.integer(value)) : kind === 'share' ? n.percent(value) : n.decimal(value));
    return [e(t.t(label)), say(before), say(after), n.change(before, after, kind)];
  };
  const rows = [
    row('report.actors', then.stats.actors, now.stats.actors, 'count'),
    row('report.links', then.stats.links, now.stats.links, 'count'),
    row('report.crossSiloShare', then.stats.crossSiloShare, now.stats.crossSiloShare, 'share'),
    row('report.eiIndex', then.matrix.eiIndex, now.matrix.eiIndex, 'decimal'),
    row('report.expectedEi', then.matrix.expectedEiIndex, now.matrix.expectedEiIndex, 'decimal'),
    row('report.density', then.stats.density, now.stats.density, 'decimal'),
    row('report.components', then.stats.components, now.stats.components, 'count'),
    row('report.largestComponent', then.stats.largestComponent, now.stats.largestComponent, 'count'),
    row('report.isolated', then.stats.isolatedActors, now.stats.isolatedActors, 'count'),
  ];
  const headers = [t.t('report.figure'), t.t('report.on', { date: words.day(figures.from) }), t.t('report.on', { date: words.day(figures.to) }), t.t('report.change')];
  const bySilo = await barChart(now.bySilo.map((item) => ({ label: t.silo(item.silo), value: item.actors, colour: SILO_COLOURS[item.silo] })), t.t('report.bySilo'), t.t('report.count'), t.lang);
  const byCategory = await barChart(ESS_CATEGORIES.map((category) => ({
    label: t.t(`category.${category}`), value: now.byCategory.find((item) => item.category === category)!.actors, colour: '#56B4E9',
  })), t.t('report.byCategory'), t.t('report.count'), t.lang);
  const kinds = now.byKind.map((item) => `<li>${e(t.kind(item.kind))} <strong>${n.integer(item.actors)}</strong></li>`).join('');
  return table(words, null, headers, rows, [1, 2, 3])
    + `<div class="figures"><figure><figcaption>${e(t.t('report.bySilo'))}</figcaption>${bySilo}</figure>`
    + `<figure><figcaption>${e(t.t('report.byCategory'))}</figcaption>${byCategory}</figure></div>`
    + `<h3>${e(t.t('report.byKind'))}</h3><ul class="counts">${kinds}</ul>`;
}

async function changes(words: Words, figures: ReportFigures): Promise<string> {
  const { t, n } = words;
  const { changes: c } = figures;
  const item = (text: string, list?: Shortened<ActorRef>): string => `<li>${e(text)}${list ? names(words, list) : ''}</li>`;
  const links = (list: ReportFigures['changes']['linksGained']): string => (list.total === 0 ? '' : `<br><span class="names">${list.shown
    .map((link) => `${e(link.a.name)} — ${e(link.b.name)}`).join(' ; ')}${list.total > list.shown.length ? ` ${e(t.t('report.andMore', { count: n.integer(list.total - list.shown.length) }))}` : ''}</span>`);
  const max = Math.max(...c.before.cells.map((cell) => cell.links), ...c.after.cells.map((cell) => cell.links));
  const order = SILOS.map((value) => t.silo(value));
  const cells = (matrix: typeof c.before) => matrix.cells.map((cell) => ({ row: t.silo(cell.from), column: t.silo(cell.to), value: cell.links }));
  const axes = { row: t.t('report.from'), column: t.t('report.to') };
  const before = await heatmap(cells(c.before), order, max, t.t('report.matrixBefore', { date: words.day(figures.from) }), axes, t.lang);
  const after = await heatmap(cells(c.after), order, max, t.t('report.matrixAfter', { date: words.day(figures.to) }), axes, t.lang);
  return `<ul class="changes">
    <li>${e(t.t('report.linksGained', { count: n.integer(c.linksGained.total), cross: n.integer(c.crossSiloLinksGained) }))}${links(c.linksGained)}</li>
    <li>${e(t.t('report.linksLost', { count: n.integer(c.linksLost.total), cross: n.integer(c.crossSiloLinksLost) }))}${links(c.linksLost)}</li>
    ${item(t.t('report.joined', { count: n.integer(c.joined.total) }), c.joined)}
    ${item(t.t('report.noLongerIsolated', { count: n.integer(c.noLongerIsolated.total) }), c.noLongerIsolated)}
    ${item(t.t('report.noLongerSiloed', { count: n.integer(c.noLongerSiloed.total) }), c.noLongerSiloed)}
    ${item(t.t('report.becameIsolated', { count: n.integer(c.becameIsolated.total) }), c.becameIsolated)}
    ${item(t.t('report.becameSiloed', { count: n.integer(c.becameSiloed.total) }), c.becameSiloed)}
  </ul>
  <div class="figures"><figure>${before}</figure><figure>${after}</figure></div>`;
}

function legend(t: T): string {
  const glyph = (shape: string): string => `<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path d="${shapePath(shape, 0, 0, 6)}" fill="#55554f"/></svg>`;
  const dash = (line: string): string => `<svg width="30" height="10" aria-hidden="true"><line x1="0" y1="5" x2="30" y2="5" stroke="#55554f" stroke-width="3"${line === 'dashed' ? ' stroke-dasharray="8 5"' : line === 'dotted' ? ' stroke-dasharray="2 4"' : ''}/></svg>`;
  const shapes = [...new Map(Object.entries(KIND_SHAPES).map(([kind, shape]) => [shape, kind])).entries()];
  return `<ul class="legend" aria-label="${e(t.t('report.legendSilo'))}">${SILOS.map((value) => `<li>${silo(t, value)}</li>`).join('')}</ul>
    <ul class="legend" aria-label="${e(t.t('report.legendShape'))}">${shapes.map(([shape]) => {
      const kinds = Object.entries(KIND_SHAPES).filter(([, s]) => s === shape).map(([kind]) => t.kind(kind as keyof typeof KIND_SHAPES));
      return `<li>${glyph(shape)} ${e(kinds.join(', '))}</li>`;
    }).join('')}</ul>
    <ul class="legend" aria-label="${e(t.t('report.legendLine'))}">${[...new Set(PROVENANCES.map((provenance) => PROVENANCE_LINES[provenance]))].map((line) => `<li>${dash(line)} ${e(PROVENANCES.filter((p) => PROVENANCE_LINES[p] === line).map((p) => t.provenance(p)).join(', '))}</li>`).join('')}</ul>
    <p class="names">${e(t.t('report.legendSize'))}</p>`;
}

function pictures(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const alt = (day: 'then' | 'now'): string => t.t('report.pictureAlt', {
    actors: n.integer(figures[day].stats.actors), links: n.integer(figures[day].stats.links), date: words.day(day === 'then' ? figures.from : figures.to),
  });
  const map = mapPicture(figures.map, t.t('report.mapAlt', { located: n.integer(figures.map.points.length) }));
  return `<figure><figcaption>${e(t.t('report.pictureBefore', { date: words.day(figures.from) }))}</figcaption>${networkPicture(figures.picture, 'then', alt('then'))}</figure>
    <figure><figcaption>${e(t.t('report.pictureAfter', { date: words.day(figures.to) }))}</figcaption>${networkPicture(figures.picture, 'now', alt('now'))}</figure>
    ${legend(t)}
    ${map ? `<figure><figcaption>${e(t.t('report.map'))}</figcaption>${map}</figure>` : ''}`;
}

function sectors(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const rows = figures.sectors.gaps.map((gap) => [
    e(t.lang === 'en' && gap.sector.nameEn ? gap.sector.nameEn : gap.sector.name),
    e(gap.territory?.name ?? t.t('report.wholeSector')),
    gap.silos.map((item) => `${silo(t, item.silo)} ${n.integer(item.actors)}`).join(' '),
    `${n.integer(gap.crossSiloLinkedPairs)} / ${n.integer(gap.possibleCrossSiloPairs)}`,
    n.percent(gap.density),
  ]);
  const average = n.percent(figures.sectors.averageDensity);
  return table(words, null, [t.t('report.sector'), t.t('report.territory'), t.t('report.silosPresent'), t.t('report.crossPairs'), t.t('report.linkedShare', { average })], rows, [3, 4]);
}

async function resources(words: Words, figures: ReportFigures): Promise<string> {
  const { t, n } = words;
  const r = figures.resources;
  const chart = r.needs > 0
    ? await stackedBar([
      { label: `${t.t('report.needMet')} (${n.integer(r.needsMetByPartner)})`, value: r.needsMetByPartner, colour: '#009E73' },
      { label: `${t.t('report.needElsewhere')} (${n.integer(r.needsOfferedElsewhere)})`, value: r.needsOfferedElsewhere, colour: '#E69F00' },
      { label: `${t.t('report.needUnoffered')} (${n.integer(r.needsUnoffered)})`, value: r.needsUnoffered, colour: '#D55E00' },
    ], t.t('report.needsStatus'), t.lang)
    : '';
  const matches = r.bestMatches.map((match) => [e(match.resource.name), actor(t, match.offerer), actor(t, match.needer)]);
  const unmet = r.unmetNeeds.map((need) => [e(need.resource.name), e(t.t('report.neededBy', { count: n.integer(need.needers.length) })), need.needers.slice(0, 5).map((ref) => e(ref.name)).join(', ')]);
  return `<p>${e(t.t('report.offers'))} : <strong>${n.integer(r.offers)}</strong> · ${e(t.t('report.needs'))} : <strong>${n.integer(r.needs)}</strong></p>`.replace(/ : /g, t.lang === 'fr' ? ' : ' : ': ')
    + (chart ? `<figure><figcaption>${e(t.t('report.needsStatus'))}</figcaption>${chart}</figure>` : '')
    + table(words, t.t('report.bestMatches'), [t.t('report.resource'), t.t('report.offerer'), t.t('report.needer')], matches)
    + table(words, t.t('report.unmetNeeds'), [t.t('report.resource'), t.t('report.count'), t.t('report.needer')], unmet);
}

function projects(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const p = figures.projects;
  const parts = p.byStatus.filter(({ projects: list }) => list.length > 0).map(({ status, projects: list }) => table(
    words,
    `${t.t(`status.${status}`)} (${n.integer(list.length)})`,
    [t.t('report.project'), t.t('report.partners'), t.t('report.livingLab')],
    list.map((line) => [e(line.title), line.silos.filter((item) => item.actors > 0).map((item) => `${silo(t, item.silo)} ${n.integer(item.actors)}`).join(' '), line.livingLab ? '✓' : '']),
  ));
  return `<p>${e(t.t('report.projectsSummary', { total: n.integer(p.total), cross: n.integer(p.crossSilo) }))}</p>${parts.join('')}`;
}

function holding(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const brokers = figures.brokers.actors.map((broker) => [n.integer(broker.rank), e(broker.actor.name), silo(t, broker.actor.silo), n.decimal(broker.betweenness), n.integer(broker.partners)]);
  const cuts = figures.cutPoints.map((point) => [e(point.actor.name), silo(t, point.actor.silo), n.integer(point.cutOff)]);
  const bridges = figures.brokers.bridges.map((bridge) => [`${actor(t, bridge.a)} — ${actor(t, bridge.b)}`, n.integer(bridge.cutOff)]);
  return table(words, t.t('report.brokers'), [t.t('report.rank'), t.t('report.actor'), t.t('report.silo'), t.t('report.betweenness'), t.t('report.partnersCount')], brokers, [0, 3, 4])
    + table(words, t.t('report.cutPoints'), [t.t('report.actor'), t.t('report.silo'), t.t('report.cutOff')], cuts, [2])
    + table(words, t.t('report.bridges'), [t.t('report.between'), t.t('report.cutOff')], bridges, [1]);
}

function communities(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const c = figures.communities;
  const rows = c.top.map((community) => [
    n.integer(community.id), n.integer(community.size),
    community.silos.map((item) => `${silo(t, item.silo)} ${n.integer(item.actors)}`).join(' '), n.decimal(Math.round(community.siloMix * 100) / 100),
  ]);
  return `<p>${e(t.t('report.communitiesSummary', { count: n.integer(c.count), modularity: n.decimal(Math.round(c.modularity * 1000) / 1000) }))}</p>`
    + table(words, t.t('report.communities'), [t.t('report.community'), t.t('report.size'), t.t('report.silosMix'), t.t('report.mix')], rows, [0, 1, 3]);
}

async function quality(words: Words, figures: ReportFigures): Promise<string> {
  const { t, n } = words;
  const q = figures.quality;
  const since = words.day(q.freshSince);
  const chart = await barChart(q.provenance.map((item) => ({ label: t.provenance(item.provenance), value: item.links, colour: '#55554f' })), t.t('report.provenance'), t.t('report.links'), t.lang);
  return `<ul>
      <li>${e(t.t('report.actorsUpdated', { date: since }))} : <strong>${n.share(q.actorsUpdated, q.actors)}</strong></li>
      <li>${e(t.t('report.linksUpdated', { date: since }))} : <strong>${n.share(q.linksUpdated, q.links)}</strong></li>
      <li>${e(t.t('report.linksWithoutDates'))} : <strong>${n.share(q.linksWithoutDates, q.links)}</strong></li>
      <li>${e(t.t('report.actorsLocated'))} : <strong>${n.share(q.actorsLocated, q.actors)}</strong></li>
    </ul>`.replace(/ : /g, t.lang === 'fr' ? ' : ' : ': ')
    + `<figure><figcaption>${e(t.t('report.provenance'))}</figcaption>${chart}</figure>`;
}

function appendix(words: Words, document: ReportDocument): string {
  const { t } = words;
  return `<div class="appendix"><p>${e(t.t('report.appendix.text'))}</p>
    <p>${e(t.t('report.reproduce'))} <code>${e(document.command)}</code></p>
    <p>${e(t.t('report.source', { version: document.graphVersion ?? '—' }))}</p></div>`;
}
