import type { Audience } from '../../auth/audience.js';
import type { Projection } from './types.js';

export type { Audience };

/** The projection the public may see: published actors, the links between them only, and them only in projects. */
export function publicProjection(projection: Projection): Projection {
  const actors = projection.actors.filter((actor) => actor.published);
  const shown = new Set(actors.map((actor) => actor.id));
  const links = projection.links.filter((link) => shown.has(link.source) && shown.has(link.target));
  const projects = projection.projects.map((project) => ({ ...project, participants: project.participants.filter((taking) => shown.has(taking.actor)) }));
  return { ...projection, actors, links, projects };
}
