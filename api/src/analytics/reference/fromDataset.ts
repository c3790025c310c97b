import type { Dataset } from '@maillage/seeds';
import type { Projection } from '../projection/types.js';

/** The projection of a seed dataset, as reading it back from Neo4j after loading it would give. */
export function projectionFromDataset(dataset: Dataset): Projection {
  return {
    actors: dataset.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      silo: actor.silo,
      kind: actor.kind,
      ptceRole: actor.ptceRole,
      essMember: actor.essMember,
      fictional: actor.fictional,
      published: actor.kind !== 'PERSON' || actor.publicationConsent !== undefined,
      location: actor.location ?? null,
      sectors: [...actor.sectors],
      territories: [actor.territory],
      offers: actor.offers.map((use) => use.resource),
      needs: actor.needs.map((use) => use.resource),
      updatedOn: null,
    })),
    links: dataset.links.map((link) => ({
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      since: link.since ?? null,
      until: link.until ?? null,
      intensity: link.intensity ?? null,
      provenance: link.provenance,
      updatedOn: null,
    })),
    sectors: dataset.sectors.map((sector) => ({ id: sector.id, name: sector.name, nameEn: sector.nameEn, parent: sector.parent ?? null })),
    territories: dataset.territories.map((territory) => ({ id: territory.id, name: territory.name, level: territory.level, partOf: [...territory.partOf] })),
    resources: dataset.resources.map((resource) => ({ id: resource.id, name: resource.name, kind: resource.kind })),
    projects: dataset.projects.map((project) => ({
      id: project.id, title: project.title, status: project.status, startDate: project.startDate ?? null, endDate: project.endDate ?? null,
      livingLab: project.livingLab, participants: project.participants.map(({ actor, role }) => ({ actor, role })),
    })),
  };
}
