import { describe, expect, it } from 'vitest';
import { mapViewFor, project, unproject, WORLD_ZOOM } from './projection.js';

const BERGERAC = { longitude: 0.4833, latitude: 44.85 };

describe('the network in Web Mercator', () => {
  it('projects and unprojects a place back to itself, north up and east right', () => {
    const back = unproject(project(BERGERAC));
    expect(back.longitude).toBeCloseTo(BERGERAC.longitude, 9);
    expect(back.latitude).toBeCloseTo(BERGERAC.latitude, 9);
    const eymet = project({ longitude: 0.3989, latitude: 44.6689 });
    expect(eymet.y).toBeGreaterThan(project(BERGERAC).y);
    expect(eymet.x).toBeLessThan(project(BERGERAC).x);
  });

  it('gives the map view that puts the same place under the same pixel', () => {
    const point = project(BERGERAC);
    // Bergerac drawn at the container's centre, zoom 2: the map is centred on Bergerac one zoom level deeper.
    const view = mapViewFor({ pan: { x: 400 - point.x * 2, y: 300 - point.y * 2 }, zoom: 2, width: 800, height: 600 });
    expect(view.center[0]).toBeCloseTo(BERGERAC.longitude, 9);
    expect(view.center[1]).toBeCloseTo(BERGERAC.latitude, 9);
    expect(view.zoom).toBe(WORLD_ZOOM + 1);
  });

  it('says which value is wrong', () => {
    expect(() => mapViewFor({ pan: { x: 0, y: 0 }, zoom: 0, width: 1, height: 1 })).toThrow(/mapViewFor: zoom must be positive \(got 0\)/);
  });
});
