import { resources } from './bergeracois/resources.js';
import { sectors } from './bergeracois/sectors.js';
import type { ActorRow, Dataset, LinkRow } from './model.js';
import { seededRandom } from '@maillage/schema';
import { pick, randomDate } from './random.js';
import { grandBergeracoisTerritories } from './territories.js';

export interface SyntheticOptions {
  actors: number;
  /** Same seed, same territory. */
  seed?: number;
  /** Average links per actor (each new actor attaches to this many, on average). */
  linksPerActor?: number;
}

const SILO_MIX: readonly ActorRow['silo'][] = ['PUBLIC', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'POPULATION', 'POPULATION', 'POPULATION'];
const KINDS: Record<ActorRow['silo'], readonly ActorRow['kind'][]> = {
  PUBLIC: ['COLLECTIVITE', 'STATE_SERVICE', 'PUBLIC_AGENCY'],
  PRIVATE: ['COMPANY', 'COMPANY', 'COOPERATIVE', 'INSERTION'],
  POPULATION: ['ASSOCIATION', 'ASSOCIATION', 'CITIZEN_COLLECTIVE', 'NETWORK'],
};
const LABELS: Record<ActorRow['silo'], string> = { PUBLIC: 'Organisme public', PRIVATE: 'Entreprise', POPULATION: 'Association' };
const LINK_KINDS: readonly LinkRow['kind'][] = ['PARTNERSHIP', 'PARTNERSHIP', 'SUPPLY', 'CO_PROJECT', 'KNOWLEDGE_SHARING', 'MUTUALISATION', 'FUNDING', 'MEMBERSHIP'];
export const SYNTHETIC_PREFIX = 'syn-';

/**
 * A deterministic synthetic territory for scale work, on the real communes of the Grand Bergeracois: a scale-free
 * network (preferential attachment, so a few hubs and many small actors) where links within a silo are likelier.
 */
export function syntheticTerritory({ actors: count, seed = 1, linksPerActor = 4 }: SyntheticOptions): Dataset {
  if (!Number.isInteger(count) || count < 1) throw new Error(`syntheticTerritory: actors must be a whole number ≥ 1, got ${count}`);
  const random = seededRandom(seed);
  const territories = grandBergeracoisTerritories();
  const communes = territories.filter((territory) => territory.level === 'COMMUNE');
  const leafSectors = sectors.filter((sector) => !sectors.some((child) => child.parent === sector.id));
  const actors: ActorRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const silo = pick(random, SILO_MIX);
    const id = `${SYNTHETIC_PREFIX}a-${String(i + 1).padStart(6, '0')}`;
    actors.push({
      id,
      name: `${LABELS[silo]} synthétique ${i + 1}`,
      silo,
      kind: pick(random, KINDS[silo]),
      ptceRole: pick(random, ['NONE', 'NONE', 'ADHERENT', 'ALLIE', 'PARTENAIRE'] as const),
      essMember: silo !== 'PUBLIC' && random() < 0.5,
      fictional: true,
      territory: pick(random, communes).id,
      sectors: [...new Set([pick(random, leafSectors).id, pick(random, leafSectors).id])].slice(0, 1 + Math.floor(random() * 2)),
      offers: random() < 0.5 ? [{ resource: pick(random, resources).id }] : [],
      needs: random() < 0.5 ? [{ resource: pick(random, resources).id }] : [],
    });
  }
  return { territories, sectors, resources, actors, links: attach(actors, random, linksPerActor), projects: [] };
}

function attach(actors: ActorRow[], random: () => number, linksPerActor: number): LinkRow[] {
  const links: LinkRow[] = [];
  const pairs = new Set<string>();
  const endpoints: number[] = []; // each link's two ends: drawing from it is drawing by degree
  for (let i = 1; i < actors.length; i += 1) {
    const wanted = Math.max(1, Math.round(random() * 2 * linksPerActor));
    for (let attempt = 0, made = 0; made < Math.min(wanted, i) && attempt < wanted * 4; attempt += 1) {
      const j = endpoints.length > 0 && random() < 0.75 ? endpoints[Math.floor(random() * endpoints.length)]! : Math.floor(random() * i);
      const key = `${j}-${i}`;
      const crossSilo = actors[i]!.silo !== actors[j]!.silo;
      if (j === i || pairs.has(key) || (crossSilo && random() < 0.5)) continue;
      pairs.add(key);
      endpoints.push(i, j);
      made += 1;
      links.push({
        id: `${SYNTHETIC_PREFIX}l-${String(links.length + 1).padStart(7, '0')}`,
        source: actors[i]!.id,
        target: actors[j]!.id,
        kind: pick(random, LINK_KINDS),
        since: randomDate(random, 2010, 2025),
        intensity: 1 + Math.floor(random() * 3),
        provenance: pick(random, ['ANIMATOR', 'OBSERVED', 'SELF_DECLARED'] as const),
        confidence: Math.round((0.5 + random() * 0.5) * 20) / 20,
      });
    }
  }
  return links;
}
