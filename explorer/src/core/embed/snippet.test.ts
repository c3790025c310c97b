import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../graph/filter.js';
import { DEFAULT_LOOK, embedParams, iframeSnippet, scriptSnippet } from './snippet.js';

describe('embed snippets', () => {
  const filters = { ...DEFAULT_FILTERS, territory: 'epci:200070647', sector: 'alimentation', silos: ['PUBLIC' as const, 'POPULATION' as const] };
  const params = embedParams(filters, 'geo', 'en', { ...DEFAULT_LOOK, theme: 'dark', accent: 'CC79A7', search: true });

  it('turn the explorer’s view into the embed’s parameters, the territory as its INSEE code or SIREN', () => {
    expect(decodeURIComponent(params.toString())).toBe('territory=200070647&sector=alimentation&silos=PUBLIC,POPULATION&layout=geo&lang=en&theme=dark&accent=cc79a7&search=1');
    expect(embedParams(DEFAULT_FILTERS, 'sector', 'fr', DEFAULT_LOOK).toString()).toBe('');
  });

  it('write the iframe and the web component with the same parameters', () => {
    expect(iframeSnippet('https://maillage.example', params, 480, 'Réseau "de" coopération')).toBe(
      '<iframe src="https://maillage.example/embed?territory=200070647&amp;sector=alimentation&amp;silos=PUBLIC%2CPOPULATION&amp;layout=geo&amp;lang=en&amp;theme=dark&amp;accent=cc79a7&amp;search=1" ' +
      'width="100%" height="640" style="border:0" loading="lazy" title="Réseau &quot;de&quot; coopération"></iframe>',
    );
    expect(scriptSnippet('https://maillage.example', embedParams({ ...DEFAULT_FILTERS, linkKinds: ['FUNDING'] }, 'force', 'fr', DEFAULT_LOOK))).toBe(
      '<script type="module" src="https://maillage.example/embed/widget.js"></script>\n<maillage-network link-kinds="FUNDING"></maillage-network>',
    );
  });
});
