import { describe, expect, it } from 'vitest';
import { fitView } from './fit.js';

const SCREEN = { width: 1000, height: 600, margin: 0, padding: 0, minZoom: 0.05, maxZoom: 4 };

describe('fitView', () => {
  it('zooms so the drawing fills the narrower side, centred', () => {
    const view = fitView([{ x: 0, y: 0 }, { x: 2000, y: 600 }], SCREEN)!;
    expect(view.zoom).toBeCloseTo(0.5, 10);
    // The drawing's centre (1000, 300) lands on the screen's centre (500, 300).
    expect(view.pan.x + view.zoom * 1000).toBeCloseTo(500, 10);
    expect(view.pan.y + view.zoom * 300).toBeCloseTo(300, 10);
  });

  it('keeps the margin around the outermost nodes and the padding on screen', () => {
    const view = fitView([{ x: -100, y: 0 }, { x: 100, y: 0 }], { ...SCREEN, margin: 50, padding: 100, maxZoom: 100 })!;
    expect(view.zoom).toBeCloseTo(800 / 300, 10);
  });

  it('stays within the zoom limits, and fits nothing where there is nothing or no room', () => {
    expect(fitView([{ x: 5, y: 5 }], SCREEN)!.zoom).toBe(4);
    expect(fitView([], SCREEN)).toBeNull();
    expect(fitView([{ x: 0, y: 0 }], { ...SCREEN, width: 0 })).toBeNull();
  });
});
