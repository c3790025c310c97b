import type { ActorRow, Dataset } from '../model.js';
import { grandBergeracoisTerritories } from '../territories.js';
import { toActorRow } from './actor-seed.js';
import { APPROXIMATE_COMMUNE_CENTRES } from './coordinates.js';
import { seedLinks } from './links.js';
import { people, PEOPLE_CONTACTS, populationActors, PUBLISHED_PERSON_CONSENT, PUBLISHED_PERSON_LINKS, publishedPerson } from './population-actors.js';
import { privateActors } from './private-actors.js';
import { projects } from './projects.js';
import { publicBodies } from './public-bodies.js';
import { resources } from './resources.js';
import { sectors } from './sectors.js';

export { ISOLATED_ACTORS, SILOED_SECTOR } from './links.js';

/** The illustrative data set of the Grand Bergeracois (real public bodies and communes, fictional others). */
export function grandBergeracois(): Dataset {
  const actors: ActorRow[] = [
    ...publicBodies.map((seed) => toActorRow(seed)),
    ...privateActors.map((seed) => toActorRow(seed)),
    ...populationActors.map((seed) => toActorRow(seed)),
    ...people.map((seed) => toActorRow(seed, PEOPLE_CONTACTS[seed[0]])),
  ];
  // The sampled links are drawn before the published person joins, so that they stay the same.
  const links = [...seedLinks(actors), ...PUBLISHED_PERSON_LINKS];
  actors.push(toActorRow(publishedPerson, { publicationConsent: PUBLISHED_PERSON_CONSENT }));
  return { territories: grandBergeracoisTerritories(APPROXIMATE_COMMUNE_CENTRES), sectors, resources, actors, links, projects };
}
