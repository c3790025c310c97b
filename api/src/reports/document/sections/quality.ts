import { barChart } from '../charts.js';
import type { Words } from '../parts.js';
import type { ReportFigures } from '../../figures/figures.js';
import { escapeHtml as e } from '../escape.js';

// How far the figures can be trusted: fresh records, undated links, located actors, where links come from.

export async function quality(words: Words, figures: ReportFigures): Promise<string> {
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
