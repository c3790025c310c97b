import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { siloMatrix } from './siloMatrix.js';

// Worked out on paper: 2 public, 2 private, 1 population actor; 5 links, 2 within a silo and 3 across.
const network = tinyNetwork(
  [{ id: 'p1' }, { id: 'p2' }, { id: 'v1', silo: 'PRIVATE' }, { id: 'v2', silo: 'PRIVATE' }, { id: 'o1', silo: 'POPULATION' }],
  [['p1', 'p2'], ['p1', 'v1'], ['v1', 'v2'], ['v2', 'o1'], ['p2', 'o1']],
);

describe('siloMatrix', () => {
  it('gives the E-I index of each silo and of the whole network', () => {
    const matrix = siloMatrix(network);
    expect(matrix.eiIndex).toBeCloseTo((3 - 2) / 5);
    expect(matrix.crossSiloLinks).toBe(3);
    expect(matrix.crossSiloShare).toBeCloseTo(0.6);
    const ei = Object.fromEntries(matrix.silos.map((silo) => [silo.silo, silo.eiIndex]));
    expect(ei.PUBLIC).toBeCloseTo(1 / 3);
    expect(ei.PRIVATE).toBeCloseTo(1 / 3);
    expect(ei.POPULATION).toBeCloseTo(1);
    // 10 pairs, 2 of them within a silo: random links would be 80 % external, E-I = 0.8 − 0.2.
    expect(matrix.expectedEiIndex).toBeCloseTo(0.6);
  });

  it('fills a symmetric 3×3 matrix with links, linked pairs and densities', () => {
    const cell = (from: string, to: string) => siloMatrix(network).cells.find((c) => c.from === from && c.to === to)!;
    expect(siloMatrix(network).cells).toHaveLength(9);
    expect(cell('PUBLIC', 'PRIVATE')).toMatchObject({ links: 1, linkedPairs: 1, possiblePairs: 4, density: 0.25 });
    expect(cell('PRIVATE', 'PUBLIC')).toEqual({ ...cell('PUBLIC', 'PRIVATE'), from: 'PRIVATE', to: 'PUBLIC' });
    expect(cell('PUBLIC', 'PUBLIC')).toMatchObject({ links: 1, possiblePairs: 1, density: 1 });
    expect(cell('POPULATION', 'POPULATION')).toMatchObject({ links: 0, possiblePairs: 0, density: null });
  });

  it('counts every link for the E-I index but each pair once for the density', () => {
    const doubled = tinyNetwork([{ id: 'a' }, { id: 'b', silo: 'PRIVATE' }], [['a', 'b'], ['b', 'a', { kind: 'SUPPLY' }]]);
    const matrix = siloMatrix(doubled);
    expect(matrix.links).toBe(2);
    expect(matrix.cells.find((c) => c.from === 'PUBLIC' && c.to === 'PRIVATE')).toMatchObject({ links: 2, linkedPairs: 1, density: 1 });
  });

  it('says so when the selection has no link, instead of dividing by zero', () => {
    const matrix = siloMatrix(tinyNetwork([{ id: 'a' }], []));
    expect(matrix.eiIndex).toBeNull();
    expect(matrix.reasons[0]?.fr).toMatch(/Aucun lien/);
    expect(matrix.reasons[0]?.en).toMatch(/No link/);
  });

  it('explains each silo in French and in English', () => {
    const publicSilo = siloMatrix(network).silos[0]!;
    expect(publicSilo.reasons[0]).toEqual({
      fr: 'Indice E-I du silo Public : 0,33 (2 liens vers les autres silos, 1 lien interne).',
      en: 'E-I index of the Public silo: 0.33 (2 links to other silos, 1 internal link).',
    });
  });
});
