import { nodeSize, SILO_COLOURS } from '@maillage/schema/vocabulary';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/network.fixture.js';
import { toElements } from './elements.js';
import { applyFilters, DEFAULT_FILTERS } from './filter.js';

describe('toElements', () => {
  const elements = toElements(applyFilters(fixture, DEFAULT_FILTERS));

  it('makes one node per actor, coloured by silo, shaped by kind, sized by degree', () => {
    const commune = elements.find((element) => element.data.id === 'commune');
    expect(commune?.group).toBe('nodes');
    expect(commune?.data).toMatchObject({ label: 'Commune de Bergerac', colour: SILO_COLOURS.PUBLIC, shape: 'round-rectangle', size: nodeSize(2) });
    expect(elements.find((element) => element.data.id === 'lonely')?.data.size).toBe(nodeSize(0));
  });

  it('makes one edge per link, styled by kind, provenance and intensity', () => {
    const edges = elements.filter((element) => element.group === 'edges');
    expect(edges).toHaveLength(3);
    expect(edges[0]?.data).toMatchObject({ source: 'commune', target: 'scic', kind: 'PARTNERSHIP', line: 'solid', width: 3 });
  });

  it('can size every node alike', () => {
    const uniform = toElements(applyFilters(fixture, DEFAULT_FILTERS), undefined, 'uniform').filter((element) => element.group === 'nodes');
    expect(new Set(uniform.map((element) => element.data.size))).toEqual(new Set([24]));
  });

  it('can size nodes by betweenness, relative to the largest, 0 for actors without a score', () => {
    const nodes = toElements(applyFilters(fixture, DEFAULT_FILTERS), undefined, { betweenness: new Map([['commune', 0.5], ['scic', 0.125]]) })
      .filter((element) => element.group === 'nodes');
    const size = (id: string) => nodes.find((element) => element.data.id === id)?.data.size;
    expect([size('commune'), size('scic'), size('lonely')]).toEqual([72, 45, 18]);
  });

  it('sizes grow with degree but stay readable, even for hubs', () => {
    expect(nodeSize(0)).toBe(18);
    expect(nodeSize(1)).toBe(27);
    expect(nodeSize(100)).toBeGreaterThan(nodeSize(10));
    expect(nodeSize(1000)).toBe(72);
  });
});
