import { describe, expect, it } from 'vitest';
import { tinyNetwork } from '../testing.js';
import { sectorGaps } from './sectorGaps.js';

// Food (with its bakery sub-sector) cooperates across silos; culture has three silos and no link across.
const actors = [
  { id: 'f1', sectors: ['food'] },
  { id: 'f2', silo: 'PRIVATE' as const, sectors: ['bakery'] },
  { id: 'f3', silo: 'POPULATION' as const, sectors: ['food'] },
  { id: 'k1', sectors: ['culture'], territories: ['c3'] },
  { id: 'k2', silo: 'PRIVATE' as const, sectors: ['culture'], territories: ['c3'] },
  { id: 'k3', silo: 'POPULATION' as const, sectors: ['culture'], territories: ['c3'] },
  { id: 'k4', silo: 'POPULATION' as const, sectors: ['culture'], territories: ['c3'] },
];
const links: Array<[string, string]> = [['f1', 'f2'], ['f2', 'f3'], ['f1', 'f3'], ['k3', 'k4']];

describe('sectorGaps', () => {
  it('finds a sector where the silos are all present but never linked, in the sector and in its EPCI', () => {
    const { gaps, total } = sectorGaps(tinyNetwork(actors, links));
    expect(total).toBe(2);
    expect(gaps.map((gap) => [gap.sector.id, gap.territory?.id ?? null, gap.severity])).toEqual([
      ['culture', null, 'ABSENT'],
      ['culture', 'e2', 'ABSENT'],
    ]);
    const [culture] = gaps;
    // 4 actors: 1 public, 1 private, 2 population → 1·1 + 1·2 + 1·2 = 5 possible cross-silo pairs.
    expect(culture).toMatchObject({ actors: 4, possibleCrossSiloPairs: 5, crossSiloLinkedPairs: 0, density: 0 });
    expect(culture!.silos).toEqual([{ silo: 'PUBLIC', actors: 1 }, { silo: 'PRIVATE', actors: 1 }, { silo: 'POPULATION', actors: 2 }]);
    // The average: 3 linked cross-silo pairs out of 2·2 + 2·3 + 2·3 = 16 possible.
    expect(culture!.averageDensity).toBeCloseTo(3 / 16);
    expect(culture!.missingLinks).toBeCloseTo((3 / 16) * 5);
    expect(culture!.reasons[0]!.fr).toBe('Culture : 4 acteurs de 3 silos (Public, Privé, Population), et aucun lien entre silos.');
    expect(culture!.reasons[1]!.en).toBe('About 1 cross-silo link short of the average.');
  });

  it('counts a sub-sector in its parent sector', () => {
    const { gaps } = sectorGaps(tinyNetwork(actors, links), { belowAverage: 100 });
    const food = gaps.find((gap) => gap.sector.id === 'food' && gap.territory === null);
    expect(food).toMatchObject({ actors: 3, crossSiloLinkedPairs: 3, possibleCrossSiloPairs: 3, severity: 'LOW' });
  });

  it('leaves out sectors with one silo, or fewer actors than asked', () => {
    expect(sectorGaps(tinyNetwork(actors, links), { minActors: 5 }).gaps).toEqual([]);
    expect(sectorGaps(tinyNetwork(actors, links, { silos: ['POPULATION'] })).total).toBe(0);
  });

  it('splits into communes when the selection is one EPCI', () => {
    const { gaps } = sectorGaps(tinyNetwork(actors, links, { territory: 'e2' }));
    expect(gaps.map((gap) => gap.territory?.id ?? null)).toEqual([null, 'c3']);
  });
});
