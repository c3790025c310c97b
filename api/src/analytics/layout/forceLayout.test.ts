import { describe, expect, it } from 'vitest';
import { plainActors, tinyNetwork } from '../testing.js';
import { EDGE_LENGTH, forceLayout, roundsFor, startOf } from './forceLayout.js';

const distance = (layout: { x: number[]; y: number[] }, a: number, b: number): number =>
  Math.hypot(layout.x[a]! - layout.x[b]!, layout.y[a]! - layout.y[b]!);

// Two triangles joined by one link (c–d), and two actors with no link at all.
const network = tinyNetwork(plainActors('a', 'b', 'c', 'd', 'e', 'f', 'zed', 'alone'), [
  ['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd'],
]);
const at = (id: string): number => network.index.get(id)!;

describe('forceLayout', () => {
  const layout = forceLayout(network);

  it('gives every actor a place, in whole units, in the network order', () => {
    expect(layout.x).toHaveLength(network.actors.length);
    expect(layout.y).toHaveLength(network.actors.length);
    expect([...layout.x, ...layout.y].every(Number.isInteger)).toBe(true);
  });

  it('draws the same picture for the same graph, as every API process must', () => {
    expect(forceLayout(network)).toEqual(layout);
  });

  it('scales the drawing to the explorer: the median link EDGE_LENGTH long or more, no two actors overlapping', () => {
    const lengths = network.linkEnds.map(([a, b]) => distance(layout, a, b)).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(EDGE_LENGTH * 0.9);
    for (const a of ['a', 'b', 'c', 'd', 'e', 'f']) {
      for (const b of ['a', 'b', 'c', 'd', 'e', 'f']) if (a < b) expect(distance(layout, at(a), at(b))).toBeGreaterThan(2 * 18);
    }
  });

  it('keeps each triangle together, apart from the other one', () => {
    const within = (distance(layout, at('a'), at('b')) + distance(layout, at('e'), at('f'))) / 2;
    const across = (distance(layout, at('a'), at('e')) + distance(layout, at('b'), at('f'))) / 2;
    expect(across).toBeGreaterThan(1.5 * within);
  });

  it('sets isolated actors apart below the connected drawing, in name order', () => {
    const lowest = Math.max(...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => layout.y[at(id)]!));
    for (const id of ['alone', 'zed']) expect(layout.y[at(id)]).toBeGreaterThan(lowest);
    expect(layout.x[at('alone')]).toBeLessThan(layout.x[at('zed')]!);
  });

  it('lays out a selection of isolated actors alone, as a grid around the centre', () => {
    const apart = forceLayout(tinyNetwork(plainActors('p', 'q', 'r', 's'), []));
    expect(new Set(apart.x.map((x, i) => `${x},${apart.y[i]}`)).size).toBe(4);
    expect(Math.min(...apart.x)).toBe(-Math.max(...apart.x));
  });

  it('lays out an empty selection as nothing', () => {
    expect(forceLayout(tinyNetwork([], []))).toEqual({ x: [], y: [] });
  });
});

describe('startOf and roundsFor', () => {
  it('starts an actor where its id says, whatever else is in the graph', () => {
    expect(startOf('recyclerie-bergerac', 100)).toEqual(startOf('recyclerie-bergerac', 100));
    expect(startOf('recyclerie-bergerac', 100)).not.toEqual(startOf('recyclerie-sarlat', 100));
    const { x, y } = startOf('any', 100);
    expect(Math.abs(x)).toBeLessThanOrEqual(50);
    expect(Math.abs(y)).toBeLessThanOrEqual(50);
  });

  it('gives small territories more rounds than large ones', () => {
    expect(roundsFor(150)).toBeGreaterThan(roundsFor(5_000));
    expect(roundsFor(5_000)).toBeGreaterThan(roundsFor(20_000));
  });
});
