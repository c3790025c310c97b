import type { ActorRow, LinkRow } from '../model.js';
import { seededRandom } from '@maillage/schema';
import { pick, randomDate } from '../random.js';

/** Actors left with no link at all: the gap analysis must find them. */
export const ISOLATED_ACTORS = new Set([
  'collectif-gens-voyage', 'pecheurs-asso', 'bureau-etudes-eau', 'personne-maraichere', 'abattoir-prive', 'commune-24558',
]);
/** In this sector every silo is present but none cooperates with another: a siloed sector to find. */
export const SILOED_SECTOR = 'culture';

const LINK_COUNT = 340;
const FUNDERS = new Set(['COLLECTIVITE', 'EPCI', 'STATE_SERVICE', 'PUBLIC_AGENCY', 'FOUNDATION']);
const FOOD = new Set(['alimentation', 'agriculture', 'viticulture', 'restauration-collective']);

interface Candidate { a: ActorRow; b: ActorRow; weight: number }

const shared = (a: string[], b: string[]): string[] => a.filter((item) => b.includes(item));

function weightOf(a: ActorRow, b: ActorRow): number {
  const sectors = shared(a.sectors, b.sectors);
  const sameTerritory = a.territory === b.territory;
  if (sectors.length === 0 && !sameTerritory) return 0;
  if (a.silo !== b.silo && a.sectors.includes(SILOED_SECTOR) && b.sectors.includes(SILOED_SECTOR)) return 0;
  const silo = a.silo === b.silo ? 1 : 0.5;
  return silo * (0.2 * sectors.length + (sameTerritory ? 0.15 : 0.02));
}

function kindOf(random: () => number, a: ActorRow, b: ActorRow): LinkRow['kind'] {
  const funder = [a, b].find((actor) => FUNDERS.has(actor.kind) && actor.silo !== 'PRIVATE');
  const other = funder === a ? b : a;
  if (funder && other.essMember && random() < 0.45) return 'FUNDING';
  if ([a, b].some((actor) => actor.kind === 'NETWORK') && random() < 0.6) return 'MEMBERSHIP';
  const food = shared(a.sectors, b.sectors).some((sector) => FOOD.has(sector));
  if (food && [a, b].some((actor) => actor.silo === 'PRIVATE') && random() < 0.5) return 'SUPPLY';
  const meets = a.offers.some((offer) => b.needs.some((need) => need.resource === offer.resource))
    || b.offers.some((offer) => a.needs.some((need) => need.resource === offer.resource));
  if (meets && random() < 0.6) return 'MUTUALISATION';
  return pick(random, ['PARTNERSHIP', 'PARTNERSHIP', 'CO_PROJECT', 'KNOWLEDGE_SHARING'] as const);
}

/**
 * Cooperation links of the seed territory, drawn once from a fixed seed: pairs that share sectors or a commune
 * are likelier, links across silos rarer (the situation the charter wants to change), and the gaps above are
 * kept. Some links are stored in the direction opposite to their listing: links are undirected in meaning.
 */
export function seedLinks(actors: ActorRow[]): LinkRow[] {
  const random = seededRandom(2024);
  const linked = actors.filter((actor) => !ISOLATED_ACTORS.has(actor.id));
  const candidates: (Candidate & { key: number })[] = [];
  for (let i = 0; i < linked.length; i += 1) {
    for (let j = i + 1; j < linked.length; j += 1) {
      const a = linked[i]!;
      const b = linked[j]!;
      const weight = weightOf(a, b);
      // Weighted sampling without replacement (Efraimidis–Spirakis): the largest keys win.
      if (weight > 0) candidates.push({ a, b, weight, key: random() ** (1 / weight) });
    }
  }
  candidates.sort((x, y) => y.key - x.key);
  return candidates.slice(0, LINK_COUNT).map(({ a, b }, index) => {
    const [source, target] = random() < 0.3 ? [b, a] : [a, b];
    const since = randomDate(random, 2012, 2025);
    const ended = random() < 0.1;
    return {
      id: `link-${String(index + 1).padStart(4, '0')}`,
      source: source.id,
      target: target.id,
      kind: kindOf(random, a, b),
      since,
      ...(ended ? { until: randomDate(random, Number(since.slice(0, 4)) + 1, 2026) } : {}),
      intensity: 1 + Math.floor(random() * 3),
      provenance: pick(random, ['ANIMATOR', 'ANIMATOR', 'OBSERVED', 'SELF_DECLARED'] as const),
      confidence: Math.round((0.5 + random() * 0.5) * 20) / 20,
    };
  });
}
