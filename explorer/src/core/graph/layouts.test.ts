import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/network.fixture.js';
import { toElements } from './elements.js';
import { applyFilters, DEFAULT_FILTERS } from './filter.js';
import { geoPositions, groupedPositions, grouping, placedOnly, serverPositions } from './layouts.js';

const labels = { silo: (silo: string) => `silo ${silo}`, elsewhere: 'elsewhere', noSector: 'no sector' };
const selection = applyFilters(fixture, DEFAULT_FILTERS);

describe('grouping', () => {
  it('groups by silo', () => {
    const { groups, parentOf } = grouping('silo', selection, fixture, labels);
    expect(groups.map((group) => group.id)).toEqual(['group:silo:PUBLIC', 'group:silo:PRIVATE', 'group:silo:POPULATION']);
    expect(parentOf.get('lonely')).toBe('group:silo:POPULATION');
  });

  it('groups by root sector', () => {
    const { groups, parentOf } = grouping('sector', selection, fixture, labels);
    expect(parentOf.get('scic')).toBe('group:sector:alimentation'); // agriculture's root
    expect(groups.find((group) => group.id === 'group:sector:alimentation')?.label).toBe('Alimentation');
  });

  it('groups by EPCI, an EPCI’s own body with its communes, and the rest apart', () => {
    const epciBody = { ...fixture.actors[0]!, id: 'epci-body', territories: [{ id: 'epci:200040889', name: 'CC de Portes Sud Périgord', epci: null, partOf: [] }] };
    const region = { ...fixture.actors[0]!, id: 'region', territories: [{ id: 'region:75', name: 'Nouvelle-Aquitaine', epci: null, partOf: [] }] };
    const wider = { ...selection, actors: [...selection.actors, epciBody, region] };
    const { groups, parentOf } = grouping('territory', wider, fixture, labels);
    expect(parentOf.get('asso')).toBe('group:epci:epci:200040889');
    expect(parentOf.get('epci-body')).toBe('group:epci:epci:200040889');
    expect(parentOf.get('region')).toBe('group:elsewhere');
    expect(groups.map((group) => group.label)).toEqual(['CA Bergeracoise', 'CC de Portes Sud Périgord', 'elsewhere']);
  });

  it('gives the elements their groups, and partners their own class', () => {
    const partners = applyFilters(fixture, { ...DEFAULT_FILTERS, territory: 'epci:200040889', partners: true });
    const elements = toElements(partners, grouping('silo', partners, fixture, labels));
    expect(elements.find((element) => element.data.id === 'group:silo:PUBLIC')?.classes).toBe('group');
    const commune = elements.find((element) => element.data.id === 'commune');
    expect(commune?.classes).toBe('context');
    expect(commune?.data.parent).toBe('group:silo:PUBLIC');
  });
});

describe('geoPositions', () => {
  const { positions } = geoPositions(selection.actors);

  it('puts north up and east right, and spreads actors that share one point', () => {
    const [commune, scic, asso] = ['commune', 'scic', 'asso'].map((id) => positions.get(id)!);
    expect(asso!.y).toBeGreaterThan(commune!.y); // Eymet is south of Bergerac: lower on screen
    expect(asso!.x).toBeLessThan(commune!.x); // and west
    expect(scic).not.toEqual(commune); // same commune centre, not the same spot
    expect(Math.hypot(scic!.x - commune!.x, scic!.y - commune!.y)).toBeLessThan(30);
  });

  it('places an actor without coordinates at its EPCI’s centre, and lists the rest beside the map', () => {
    const lonely = positions.get('lonely')!; // Eymet's EPCI, no coordinates: near the association in Eymet
    const asso = positions.get('asso')!;
    expect(Math.hypot(lonely.x - asso.x, lonely.y - asso.y)).toBeLessThan(30);
    const region = { ...fixture.actors[0]!, id: 'region', location: null, territories: [{ id: 'region:75', name: 'Nouvelle-Aquitaine', epci: null, partOf: [] }] };
    const withRegion = geoPositions([...selection.actors, region]);
    expect(withRegion.positions.has('region')).toBe(false);
    expect(withRegion.unplaced.map((actor) => actor.id)).toEqual(['region']);
    const drawn = placedOnly({ actors: [...selection.actors, region], links: [{ ...selection.links[0]!, target: 'region' }], context: new Set<string>() }, withRegion);
    expect(drawn.actors.map((actor) => actor.id)).not.toContain('region');
    expect(drawn.links).toEqual([]);
  });
});

describe('groupedPositions', () => {
  it('puts each group on its own spot, its most connected actor at the centre', () => {
    const grouped = grouping('silo', selection, fixture, labels);
    const positions = groupedPositions(grouped, selection);
    expect(positions.size).toBe(4);
    const population = ['asso', 'lonely'].map((id) => positions.get(id)!);
    expect(population[0]).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    // asso (2 links) is the centre of its group; lonely (0) is on the spiral around it
    expect(Math.hypot(population[1]!.x - population[0]!.x, population[1]!.y - population[0]!.y)).toBeCloseTo(32);
    const publicSpot = positions.get('commune')!;
    expect(Math.hypot(publicSpot.x - population[0]!.x, publicSpot.y - population[0]!.y)).toBeGreaterThan(100);
  });
});

describe('serverPositions', () => {
  const layout = new Map([['commune', { x: 0, y: 0 }], ['scic', { x: 100, y: 0 }], ['asso', { x: 50, y: 80 }], ['lonely', { x: 0, y: 200 }]]);

  it("keeps the API's place for every selected actor: a filter moves nobody", () => {
    const publicOnly = applyFilters(fixture, { ...DEFAULT_FILTERS, silos: ['PUBLIC', 'PRIVATE'] });
    const positions = serverPositions(layout, publicOnly);
    expect([...positions.keys()].sort()).toEqual(['commune', 'scic']);
    expect(positions.get('scic')).toEqual({ x: 100, y: 0 });
  });

  it('sets an actor the API has not placed yet beside its placed partners, else below the drawing', () => {
    const newcomer = { ...fixture.actors[2]!, id: 'new', name: 'Nouveau' };
    const alone = { ...fixture.actors[3]!, id: 'alone', name: 'Seul' };
    const drawing = { actors: [...selection.actors, newcomer, alone], links: [...selection.links, { ...fixture.links[0]!, id: 'l9', source: 'new', target: 'scic' }] };
    const positions = serverPositions(layout, drawing);
    const placed = positions.get('new')!;
    expect(Math.hypot(placed.x - 100, placed.y)).toBeCloseTo(40, 5);
    expect(positions.get('alone')!.y).toBeGreaterThan(200);
  });
});
