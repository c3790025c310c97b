import { PROJECT_STATUSES, SILOS, type ProjectStatus, type Silo } from '@maillage/schema/vocabulary';
import type { Network } from '../../analytics/network/network.js';

export interface ProjectLine {
  id: string;
  title: string;
  livingLab: boolean;
  startDate: string | null;
  /** Its partners by silo, every silo named (0 when absent). */
  silos: Array<{ silo: Silo; actors: number }>;
  crossSilo: boolean;
}

export interface ProjectFigures {
  byStatus: Array<{ status: ProjectStatus; projects: ProjectLine[] }>;
  total: number;
  crossSilo: number;
  /** Projects known but with no partner in the selection: not counted above. */
  outside: number;
}

/** The projects with at least one partner in the selection, by phase, and the silos their partners come from. */
export function projectFigures(network: Network): ProjectFigures {
  const { context, index } = network;
  const siloOf = new Map(context.projection.actors.map((actor) => [actor.id, actor.silo]));
  const lines: Array<ProjectLine & { status: ProjectStatus }> = [];
  for (const project of context.projection.projects) {
    if (!project.participants.some((taking) => index.has(taking.actor))) continue;
    const partners = [...new Set(project.participants.map((taking) => taking.actor))];
    const silos = SILOS.map((silo) => ({ silo, actors: partners.filter((id) => siloOf.get(id) === silo).length }));
    lines.push({
      id: project.id, title: project.title, status: project.status, livingLab: project.livingLab, startDate: project.startDate,
      silos, crossSilo: silos.filter(({ actors }) => actors > 0).length > 1,
    });
  }
  lines.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return {
    byStatus: PROJECT_STATUSES.map((status) => ({ status, projects: lines.filter((line) => line.status === status).map(({ status: _status, ...line }) => line) })),
    total: lines.length,
    crossSilo: lines.filter((line) => line.crossSilo).length,
    outside: context.projection.projects.length - lines.length,
  };
}
