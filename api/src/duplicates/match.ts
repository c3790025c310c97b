import { nameKey, nameSimilarity } from './names.js';

/** An actor as the duplicates' check sees it: its name, identifiers and communes. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  siren: string | null;
  siret: string | null;
  /** The communes (territory ids) it is located in. */
  communes: string[];
}

export type DuplicateReason = 'SAME_SIRET' | 'SAME_SIREN' | 'SAME_NAME' | 'SIMILAR_NAME' | 'SAME_COMMUNE' | 'NEIGHBOURING_COMMUNE';

export interface DuplicateMatch {
  score: number;
  reasons: DuplicateReason[];
}

/** Two names this alike, in the same or a neighbouring commune, are likely one actor (see docs: precision and recall). */
export const SIMILAR_NAME = 0.92;

/** Whether two communes are the same or neighbours (the graph's own answer: within a few km of each other). */
export type Nearness = (a: string, b: string) => 'SAME' | 'NEIGHBOUR' | null;

/**
 * Why two actors are likely one: the same SIRET, or the same SIREN (one legal unit: establishments may be several
 * actors, so it is said, not decided), or names alike in the same or a neighbouring commune. Null when nothing says so.
 */
export function duplicateMatch(a: DuplicateCandidate, b: DuplicateCandidate, near: Nearness): DuplicateMatch | null {
  if (a.siret && a.siret === b.siret) return { score: 1, reasons: ['SAME_SIRET'] };
  const sirenA = a.siren ?? a.siret?.slice(0, 9) ?? null;
  const sirenB = b.siren ?? b.siret?.slice(0, 9) ?? null;
  if (sirenA && sirenA === sirenB) return { score: 0.95, reasons: ['SAME_SIREN'] };
  // Different registered units are different actors, however alike their names.
  if (sirenA && sirenB) return null;
  const place = closestPlace(a.communes, b.communes, near);
  if (!place) return null;
  const score = nameSimilarity(a.name, b.name);
  if (score < SIMILAR_NAME) return null;
  return { score, reasons: [score === 1 ? 'SAME_NAME' : 'SIMILAR_NAME', place === 'SAME' ? 'SAME_COMMUNE' : 'NEIGHBOURING_COMMUNE'] };
}

function closestPlace(a: string[], b: string[], near: Nearness): 'SAME' | 'NEIGHBOUR' | null {
  let best: 'SAME' | 'NEIGHBOUR' | null = null;
  for (const x of a) {
    for (const y of b) {
      const found = near(x, y);
      if (found === 'SAME') return 'SAME';
      best ??= found;
    }
  }
  return best;
}

export interface DuplicatePair extends DuplicateMatch {
  a: DuplicateCandidate;
  b: DuplicateCandidate;
}

/**
 * Every likely pair among `actors`, the surest first. Names are compared within blocks that share a word of their
 * key (or an identifier), not all against all: 10,000 actors stay a matter of a second.
 */
export function likelyDuplicatePairs(actors: DuplicateCandidate[], near: Nearness): DuplicatePair[] {
  const blocks = new Map<string, number[]>();
  actors.forEach((actor, index) => {
    for (const key of blockKeys(actor)) blocks.set(key, [...(blocks.get(key) ?? []), index]);
  });
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const members of blocks.values()) {
    // A word shared by hundreds of names (« commune », « ferme ») says nothing alone; their other words still meet.
    if (members.length > 200) continue;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const [x, y] = [members[i]!, members[j]!];
        const key = x < y ? `${x}:${y}` : `${y}:${x}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const match = duplicateMatch(actors[x]!, actors[y]!, near);
        if (match) pairs.push({ a: actors[x]!, b: actors[y]!, ...match });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.name.localeCompare(q.a.name, 'fr'));
}

/** The words and identifier a candidate is looked up by: names are compared only within these blocks. */
function blockKeys(actor: DuplicateCandidate): string[] {
  const words = nameKey(actor.name).split(' ').filter((word) => word.length > 2);
  return [...new Set([...words, ...(actor.siren ?? actor.siret?.slice(0, 9) ? [`#${actor.siren ?? actor.siret!.slice(0, 9)}`] : [])])];
}

/**
 * The graph's actors, indexed to find the likely duplicates of one more (an import's row, a declaration, a
 * workshop entry) without comparing it with every actor.
 */
export class DuplicateIndex {
  private readonly blocks = new Map<string, number[]>();

  constructor(private readonly actors: DuplicateCandidate[], private readonly near: Nearness) {
    actors.forEach((actor, index) => {
      for (const key of blockKeys(actor)) this.blocks.set(key, [...(this.blocks.get(key) ?? []), index]);
    });
  }

  of(candidate: DuplicateCandidate): Array<DuplicateMatch & { actor: DuplicateCandidate }> {
    const indices = new Set(blockKeys(candidate).flatMap((key) => this.blocks.get(key) ?? []));
    return [...indices]
      .map((index) => this.actors[index]!)
      .filter((actor) => actor.id !== candidate.id)
      .flatMap((actor) => {
        const match = duplicateMatch(candidate, actor, this.near);
        return match ? [{ actor, ...match }] : [];
      })
      .sort((p, q) => q.score - p.score);
  }
}
