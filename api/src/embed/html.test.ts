import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedContent, escapeHtml, fillTemplate } from './html.js';
import { parseEmbedParams } from './params.js';

// The page template as Vite's source has it: the build keeps these four places.
const template = readFileSync(new URL('../../../explorer/embed.html', import.meta.url), 'utf8');
const SPLICING = "$&$'$`$1$<name>";

describe('the embed page template', () => {
  it('takes language, title, theme and content where the template says', () => {
    const html = fillTemplate(template, { title: 'Réseau — Maillage', lang: 'en', body: '<p>x</p>' }, { dark: true, accent: '#0b57a4' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Réseau — Maillage</title>');
    expect(html).toContain('<body class="theme-dark" style="--accent:#0b57a4">');
    expect(html).toContain('<main id="maillage-embed"><p>x</p></main>');
  });

  it('inserts text holding replacement patterns ($&, $\', $`, $1) verbatim', () => {
    const html = fillTemplate(template, { title: SPLICING, lang: 'fr', body: `<p>${SPLICING}</p>` }, { dark: false });
    expect(html).toContain(`<title>${SPLICING}</title>`);
    expect(html).toContain(`<main id="maillage-embed"><p>${SPLICING}</p></main>`);
    expect(html.split('<main').length).toBe(2);
  });

  it('keeps an actor named with such patterns as its name', () => {
    const options = parseEmbedParams({ table: '1' });
    const network = { actors: [{ id: 'a', name: SPLICING, silo: 'PRIVATE' as const, kind: 'COMPANY' as const, latitude: null, longitude: null }], links: [] };
    const html = fillTemplate(template, embedContent(network, options, '/'), { dark: false });
    expect(html).toContain(`<strong>${escapeHtml(SPLICING)}</strong>`);
    expect(html).toContain(JSON.stringify(SPLICING).replace('<', '\\u003c'));
  });
});
