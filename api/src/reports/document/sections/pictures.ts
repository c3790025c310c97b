import { KIND_SHAPES, PLAIN_LINKS_FROM, PROVENANCE_LINES, PROVENANCES, SILOS, shapePath } from '@maillage/schema/vocabulary';
import { mapPicture } from '../mapPicture.js';
import { networkPicture } from '../networkPicture.js';
import { silo, type T, type Words } from '../parts.js';
import type { ReportFigures } from '../../figures/figures.js';
import { escapeHtml as e } from '../escape.js';

// The network on both days, on the same positions, with the explorer's legend; the map of the actors.

export function legend(t: T): string {
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

export function pictures(words: Words, figures: ReportFigures): string {
  const { t, n } = words;
  const alt = (day: 'then' | 'now'): string => t.t('report.pictureAlt', {
    actors: n.integer(figures[day].stats.actors), links: n.integer(figures[day].stats.links), date: words.day(day === 'then' ? figures.from : figures.to),
  });
  const map = mapPicture(figures.map, t.t('report.mapAlt', { located: n.integer(figures.map.points.length) }));
  return `<figure><figcaption>${e(t.t('report.pictureBefore', { date: words.day(figures.from) }))}</figcaption>${networkPicture(figures.picture, 'then', alt('then'))}</figure>
    <figure><figcaption>${e(t.t('report.pictureAfter', { date: words.day(figures.to) }))}</figcaption>${networkPicture(figures.picture, 'now', alt('now'))}</figure>
    ${legend(t)}
    ${figures.picture.links.length >= PLAIN_LINKS_FROM ? `<p class="names">${e(t.t('report.plainLinks', { count: n.integer(PLAIN_LINKS_FROM) }))}</p>` : ''}
    ${map ? `<figure><figcaption>${e(t.t('report.map'))}</figcaption>${map}</figure>` : ''}`;
}
