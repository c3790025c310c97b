import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import { ESS_CATEGORIES } from '../../figures/essCategories.js';
import { barChart } from '../charts.js';
import { table, type Words } from '../parts.js';
import type { ReportMessageKey } from '@maillage/schema/vocabulary';
import type { ReportFigures } from '../../figures/figures.js';
import { escapeHtml as e } from '../escape.js';

// Key figures on the period's two days, and who the actors are (silo, art. 9 category, kind).

export async function keyFigures(words: Words, figures: ReportFigures): Promise<string> {
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
