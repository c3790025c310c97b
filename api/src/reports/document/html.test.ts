import { describe, expect, it } from 'vitest';
import { AnalyticsState } from '../../analytics/engine/state.js';
import { tinyProjection } from '../../analytics/testing.js';
import { reportFigures } from '../figures/figures.js';
import { reportHtml, type ReportDocument } from './html.js';

const projection = tinyProjection(
  [{ id: 'a', name: 'Ateliers <b>& Cie</b>', location: { latitude: 44.85, longitude: 0.48 } }, { id: 'b', silo: 'PRIVATE', location: { latitude: 44.9, longitude: 0.5 } }],
  [['a', 'b', { since: '2025-03-01' }]],
);

function document(lang: 'fr' | 'en', audience: 'public' | 'animator' = 'public'): ReportDocument {
  const figures = reportFigures(new AnalyticsState(1, { ...projection, projects: [] }), { filter: { territory: 'e1' }, from: '2025-01-01', to: '2025-12-31' });
  return { figures, graphVersion: '3.12.7', audience, lang, madeAt: '2026-01-15T10:00:00.000Z', command: 'npm run report -- --territory e1 --from 2025-01-01 --to 2025-12-31' };
}

describe('reportHtml', () => {
  it('is one self-contained page: no script, nothing fetched, every section with its method', async () => {
    const html = await reportHtml(document('fr'));
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html.match(/<aside class="method"/g)).toHaveLength(9);
    expect(html).toContain('<meta name="maillage-graph-version" content="3.12.7">');
    expect(html).toContain('Territoire : EPCI Un');
    expect(html).toContain('Version publique');
    expect(html).toContain('npm run report -- --territory e1 --from 2025-01-01 --to 2025-12-31');
    // Two network pictures, a map, and Vega-Lite's charts: all inline SVG with a name for screen readers.
    expect(html.match(/<svg class="network"/g)).toHaveLength(2);
    expect(html).toMatch(/<svg class="map"[^>]*role="img" aria-label="Carte de 2 acteurs localisés/);
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="Acteurs par silo"/);
  });

  it('escapes what the data says', async () => {
    const html = await reportHtml(document('fr'));
    expect(html).toContain('Ateliers &lt;b&gt;&amp; Cie&lt;/b&gt;');
    expect(html).not.toContain('<b>& Cie');
  });

  it('speaks English on request, and says when it holds personal data', async () => {
    const html = await reportHtml(document('en', 'animator'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Report to the steering committee');
    expect(html).toContain('Cooperation in the territory, from 1 Jan 2025 to 31 Dec 2025');
    expect(html).toContain('Animators’ version');
  });

  it('marks the sections that missing links distort "Indicatif" when too few actors have known links, with why', async () => {
    // Neither actor's record was reviewed in the twelve months before 2025-12-31: 0 % known.
    const html = await reportHtml(document('fr'));
    expect(html.match(/<p class="indicative"><strong>Indicatif<\/strong> — Seuls 0\s%/gu)).toHaveLength(2);
    const reviewed = tinyProjection([{ id: 'a', updatedOn: '2025-06-01' }, { id: 'b', updatedOn: '2025-07-01' }], [['a', 'b']]);
    const figures = reportFigures(new AnalyticsState(1, { ...reviewed, projects: [] }), { filter: {}, from: '2025-01-01', to: '2025-12-31' });
    expect(await reportHtml({ ...document('fr'), figures })).not.toContain('class="indicative"');
  });
});
