import { SILOS } from '@maillage/schema/vocabulary';
import type { ActorRef } from '../../../analytics/measures/actorRef.js';
import { heatmap } from '../charts.js';
import { names, type Words } from '../parts.js';
import type { Shortened } from '../../figures/figures.js';
import type { ReportFigures } from '../../figures/figures.js';
import { escapeHtml as e } from '../escape.js';

// What changed between the two days: links made and ended, actors who moved, the silo matrix on both days.

export async function changes(words: Words, figures: ReportFigures): Promise<string> {
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
