import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { grandBergeracois, ISOLATED_ACTORS, SILOED_SECTOR } from './index.js';
import { validateDataset } from '../validate.js';

const require = createRequire(import.meta.url);
const naf = require('@socialgouv/codes-naf') as { id: string }[];
const data = grandBergeracois();
const byId = new Map(data.actors.map((actor) => [actor.id, actor]));

describe('the Grand Bergeracois seed', () => {
  it('is valid and as large as promised', () => {
    expect(() => validateDataset(data)).not.toThrow();
    expect(data.actors.length).toBeGreaterThanOrEqual(150);
    expect(data.links.length).toBeGreaterThanOrEqual(300);
    expect(data.resources.length).toBeGreaterThanOrEqual(40);
    expect(data.projects.length).toBeGreaterThanOrEqual(15);
    expect(new Set(data.actors.map((actor) => actor.silo))).toEqual(new Set(['PUBLIC', 'PRIVATE', 'POPULATION']));
  });

  it('takes its territories from the official data', () => {
    const ca = data.territories.find((territory) => territory.id === 'epci:200070647');
    expect(ca?.name).toBe('CA Bergeracoise');
    const bergerac = data.territories.find((territory) => territory.id === 'commune:24037');
    expect(bergerac).toMatchObject({ name: 'Bergerac', level: 'COMMUNE', partOf: ['epci:200070647'] });
    expect(data.territories.filter((territory) => territory.level === 'EPCI')).toHaveLength(5);
  });

  it('flags every private and population actor as fictional, and only public bodies are real', () => {
    for (const actor of data.actors) expect(actor.fictional).toBe(actor.silo !== 'PUBLIC');
  });

  it('keeps contact details on people only, and every location it gives is marked approximate', () => {
    for (const actor of data.actors) {
      if (actor.contactEmail) expect(actor.kind).toBe('PERSON');
      if (actor.location) expect(actor.locationApproximate).toBe(true);
    }
  });

  it('uses real NAF codes', () => {
    const codes = new Set(naf.map((row) => row.id));
    for (const sector of data.sectors) for (const code of sector.nafCodes) expect(codes.has(code), code).toBe(true);
  });

  it('holds the cooperation gaps the analysis must find', () => {
    const linked = new Set(data.links.flatMap((link) => [link.source, link.target]));
    for (const id of ISOLATED_ACTORS) expect(linked.has(id), id).toBe(false);
    const crossSiloInCulture = data.links.filter((link) => {
      const [a, b] = [byId.get(link.source)!, byId.get(link.target)!];
      return a.silo !== b.silo && a.sectors.includes(SILOED_SECTOR) && b.sectors.includes(SILOED_SECTOR);
    });
    expect(crossSiloInCulture).toEqual([]);
    const cultureSilos = new Set(data.actors.filter((actor) => actor.sectors.includes(SILOED_SECTOR)).map((actor) => actor.silo));
    expect(cultureSilos.size).toBe(3);
    const crossSilo = data.links.filter((link) => byId.get(link.source)!.silo !== byId.get(link.target)!.silo);
    expect(crossSilo.length).toBeGreaterThan(30);
  });

  it('is the same at every call', () => {
    expect(grandBergeracois()).toEqual(data);
  });
});
