import type { ProjectedResource, ProjectedSector, ProjectedTerritory, Projection } from '../projection/types.js';

/**
 * A projection with what every measure looks up: each sector and territory with all its ancestors (a commune
 * is in its EPCI, its pays, its département; a sub-sector is in its sector), and ids to names.
 * Built once per graph version.
 */
export interface ProjectionContext {
  projection: Projection;
  sectors: Map<string, ProjectedSector>;
  territories: Map<string, ProjectedTerritory>;
  resources: Map<string, ProjectedResource>;
  /** Sector id → itself and its ancestors. */
  sectorLineage: Map<string, string[]>;
  /** Territory id → itself and every territory it is part of, at any level. */
  territoryLineage: Map<string, string[]>;
}

export function createContext(projection: Projection): ProjectionContext {
  const sectors = new Map(projection.sectors.map((sector) => [sector.id, sector]));
  const territories = new Map(projection.territories.map((territory) => [territory.id, territory]));
  return {
    projection,
    sectors,
    territories,
    resources: new Map(projection.resources.map((resource) => [resource.id, resource])),
    sectorLineage: lineages(sectors, (sector) => (sector.parent ? [sector.parent] : [])),
    territoryLineage: lineages(territories, (territory) => territory.partOf),
  };
}

/** Each item with all it reaches through `parents`, itself first; a cycle in bad data stops, it does not loop. */
function lineages<T>(items: Map<string, T>, parents: (item: T) => string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const id of items.keys()) {
    const seen = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      const item = items.get(queue.shift()!);
      for (const parent of item ? parents(item) : []) {
        if (!seen.has(parent) && items.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    result.set(id, [...seen]);
  }
  return result;
}
