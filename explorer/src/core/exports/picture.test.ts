import { describe, expect, it } from 'vitest';
import { framePicture, type PictureText } from './picture.js';

const TEXT: PictureText = {
  title: 'Maillage — réseau de coopération',
  filter: 'Territoire : CA Bergeracoise · Silos : Public, Privé',
  date: 'Fait le 2 décembre 2026',
  source: 'Source : Maillage, PTCE du Grand Bergeracois',
  headings: { silos: 'Silos', kinds: 'Nature', lines: 'Liens' },
  silos: { PUBLIC: 'Public', PRIVATE: 'Privé', POPULATION: 'Population' },
  kinds: [{ kind: 'ASSOCIATION', label: 'Association' }, { kind: 'COMPANY', label: 'Entreprise' }],
  lines: [{ provenance: 'ANIMATOR', label: 'Saisi' }],
};
const LOOK = { background: '#ffffff', text: '#1c1c1a', muted: '#55554f' };
const NETWORK = '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><circle r="4"/></svg>';

describe('framePicture', () => {
  it('frames the drawing with its title, the filter in words, the legend, the date and the source', () => {
    const svg = framePicture(NETWORK, { width: 400, height: 300 }, TEXT, LOOK);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1600"')).toBe(true);
    for (const words of ['réseau de coopération', 'CA Bergeracoise', 'Population', 'Entreprise', 'Saisi', 'décembre 2026', 'PTCE du Grand Bergeracois']) {
      expect(svg).toContain(words);
    }
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('<circle r="4"/>');
  });

  it('escapes what it writes', () => {
    expect(framePicture(NETWORK, { width: 400, height: 300 }, { ...TEXT, title: 'A & <B>' }, LOOK)).toContain('A &amp; &lt;B&gt;');
  });
});
