import { actor, silo, table, type Words } from '../parts.js';
import { stackedBar } from '../charts.js';
import type { ReportFigures } from '../../figures/figures.js';
import { escapeHtml as e } from '../escape.js';

// The sections that are lists: sectors, resources, projects, who holds the network together, communities.

export function sectors(words: Words, figures: ReportFigures): string {
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

export async function resources(words: Words, figures: ReportFigures): Promise<string> {
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

export function projects(words: Words, figures: ReportFigures): string {
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

/** The "indicatif" mark on figures that missing links distort, with its reason, when coverage is too low. */
export function indicative(words: Words, figures: ReportFigures): string {
  const { coverage } = figures;
  return coverage.indicative ? `<p class="indicative"><strong>${e(words.t.t('report.indicative'))}</strong> — ${e(coverage.note[words.t.lang])}</p>` : '';
}

export function holding(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const brokers = figures.brokers.actors.map((broker) => [n.integer(broker.rank), e(broker.actor.name), silo(t, broker.actor.silo), n.decimal(broker.betweenness), n.integer(broker.partners)]);
  const cuts = figures.cutPoints.map((point) => [e(point.actor.name), silo(t, point.actor.silo), n.integer(point.cutOff)]);
  const bridges = figures.brokers.bridges.map((bridge) => [`${actor(t, bridge.a)} — ${actor(t, bridge.b)}`, n.integer(bridge.cutOff)]);
  return indicative(words, figures) + table(words, t.t('report.brokers'), [t.t('report.rank'), t.t('report.actor'), t.t('report.silo'), t.t('report.betweenness'), t.t('report.partnersCount')], brokers, [0, 3, 4])
    + table(words, t.t('report.cutPoints'), [t.t('report.actor'), t.t('report.silo'), t.t('report.cutOff')], cuts, [2])
    + table(words, t.t('report.bridges'), [t.t('report.between'), t.t('report.cutOff')], bridges, [1]);
}

export function communities(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const c = figures.communities;
  const rows = c.top.map((community) => [
    n.integer(community.id), n.integer(community.size),
    community.silos.map((item) => `${silo(t, item.silo)} ${n.integer(item.actors)}`).join(' '), n.decimal(Math.round(community.siloMix * 100) / 100),
  ]);
  return indicative(words, figures) + `<p>${e(t.t('report.communitiesSummary', { count: n.integer(c.count), modularity: n.decimal(Math.round(c.modularity * 1000) / 1000) }))}</p>`
    + table(words, t.t('report.communities'), [t.t('report.community'), t.t('report.size'), t.t('report.silosMix'), t.t('report.mix')], rows, [0, 1, 3]);
}
