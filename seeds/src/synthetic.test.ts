import { describe, expect, it } from 'vitest';
import { syntheticTerritory } from './synthetic.js';
import { validateDataset } from './validate.js';

describe('syntheticTerritory', () => {
  const territory = syntheticTerritory({ actors: 2_000, seed: 7 });

  it('is deterministic for a seed, and another seed gives another territory', () => {
    expect(syntheticTerritory({ actors: 2_000, seed: 7 })).toEqual(territory);
    expect(syntheticTerritory({ actors: 2_000, seed: 8 }).links).not.toEqual(territory.links);
  });

  it('is valid, with about four links per actor and no duplicate pair', () => {
    expect(() => validateDataset(territory)).not.toThrow();
    expect(territory.actors).toHaveLength(2_000);
    expect(territory.links.length / 2_000).toBeGreaterThan(3);
    expect(territory.links.length / 2_000).toBeLessThan(5);
    const pairs = new Set(territory.links.map((link) => [link.source, link.target].sort().join('|')));
    expect(pairs.size).toBe(territory.links.length);
  });

  it('has a heavy-tailed degree distribution (hubs) and a realistic silo mix', () => {
    const degree = new Map<string, number>();
    for (const link of territory.links) for (const id of [link.source, link.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]!).toBeGreaterThan(10 * median);
    const share = (silo: string) => territory.actors.filter((actor) => actor.silo === silo).length / 2_000;
    expect(share('PRIVATE')).toBeGreaterThan(0.35);
    expect(share('PUBLIC')).toBeLessThan(0.25);
  });

  it('names the bad argument', () => {
    expect(() => syntheticTerritory({ actors: 0 })).toThrow(/actors must be a whole number ≥ 1, got 0/);
  });
});
