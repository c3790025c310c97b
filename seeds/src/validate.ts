import { Dataset } from './model.js';

export class SeedDataError extends Error {
  override name = 'SeedDataError';
  constructor(readonly problems: string[]) {
    super(`validateDataset: ${problems.length} problem(s) in the seed data\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * Checks a data set before anything is written: shape (zod), unique ids, and that every reference points to a
 * row of the set. Throws a SeedDataError listing each problem with the row it is in.
 */
export function validateDataset(input: unknown): Dataset {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    throw new SeedDataError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const data = parsed.data;
  const problems: string[] = [];
  const ids = {
    territory: new Set(data.territories.map((row) => row.id)),
    sector: new Set(data.sectors.map((row) => row.id)),
    resource: new Set(data.resources.map((row) => row.id)),
    actor: new Set(data.actors.map((row) => row.id)),
  };
  const check = (kind: keyof typeof ids, id: string, where: string): void => {
    if (!ids[kind].has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };
  for (const [name, rows] of Object.entries({ territories: data.territories, sectors: data.sectors, resources: data.resources, actors: data.actors, links: data.links, projects: data.projects })) {
    for (const id of duplicates(rows.map((row) => row.id))) problems.push(`${name}: duplicate id "${id}"`);
  }
  data.territories.forEach((row) => row.partOf.forEach((parent) => check('territory', parent, `territory ${row.id}`)));
  data.sectors.forEach((row) => row.parent && check('sector', row.parent, `sector ${row.id}`));
  for (const actor of data.actors) {
    check('territory', actor.territory, `actor ${actor.id}`);
    actor.sectors.forEach((sector) => check('sector', sector, `actor ${actor.id}`));
    [...actor.offers, ...actor.needs].forEach((use) => check('resource', use.resource, `actor ${actor.id}`));
  }
  for (const link of data.links) {
    check('actor', link.source, `link ${link.id}`);
    check('actor', link.target, `link ${link.id}`);
    if (link.source === link.target) problems.push(`link ${link.id}: an actor cannot cooperate with itself`);
    if (link.since && link.until && link.until < link.since) problems.push(`link ${link.id}: until is before since`);
  }
  data.projects.forEach((project) => project.participants.forEach((p) => check('actor', p.actor, `project ${project.id}`)));
  if (problems.length > 0) throw new SeedDataError(problems);
  return data;
}
