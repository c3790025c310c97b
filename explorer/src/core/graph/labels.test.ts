import { describe, expect, it } from 'vitest';
import { labelBox, pickLabels, type LabelCandidate, type LabelOptions } from './labels.js';

const OPTIONS: LabelOptions = { fontPx: 12, width: 800, height: 600, limit: 10 };
const node = (id: string, x: number, y: number, rank: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({ id, x, y, size: 20, width: 60, rank, ...extra });

describe('pickLabels', () => {
  it('names the best connected first and drops a label that would overlap it', () => {
    const named = pickLabels([node('small', 105, 100, 1), node('hub', 100, 100, 9), node('far', 400, 300, 2)], OPTIONS);
    expect([...named].sort()).toEqual(['far', 'hub']);
  });

  it('always names forced actors (the selected one and its partners), even over others', () => {
    const named = pickLabels([node('hub', 100, 100, 9), node('partner', 104, 102, 0, { forced: true })], OPTIONS);
    expect(named).toEqual(new Set(['partner']));
  });

  it('keeps no two chosen boxes overlapping, and at most `limit` names', () => {
    const grid = Array.from({ length: 400 }, (_, index) => node(`n${index}`, (index % 20) * 40, Math.floor(index / 20) * 30, index % 7));
    const named = pickLabels(grid, OPTIONS);
    expect(named.size).toBe(10);
    const boxes = grid.filter((candidate) => named.has(candidate.id)).map((candidate) => labelBox(candidate, OPTIONS));
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
  });

  it('leaves out labels outside the viewport, and those the edge would cut', () => {
    expect(pickLabels([node('out', -500, 100, 9), node('in', 300, 300, 1)], OPTIONS)).toEqual(new Set(['in']));
    expect(pickLabels([node('cut', 790, 300, 9), node('in', 300, 300, 1)], OPTIONS)).toEqual(new Set(['in']));
  });

  it('says which option is wrong', () => {
    expect(() => pickLabels([], { ...OPTIONS, fontPx: 0 })).toThrow(/pickLabels: fontPx must be positive.*got 0/);
  });
});
