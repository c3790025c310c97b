import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireRole } from '../auth/index.js';
import { DuplicateIndex, likelyDuplicatePairs, type DuplicateCandidate, type DuplicatePair } from './match.js';
import { readDuplicateGraph } from './read.js';
import { duplicateWhy } from './texts.js';

export type DuplicatesContext = Pick<RequestContext, 'viewer' | 'db'>;

const MAX = 500;

const actorOf = ({ id, name, siren, siret }: DuplicateCandidate) => ({ id, name, siren, siret });

// One read of the graph per request, however many proposals ask.
const indexes = new WeakMap<object, Promise<DuplicateIndex>>();

function indexFor(context: DuplicatesContext): Promise<DuplicateIndex> {
  let index = indexes.get(context);
  if (!index) {
    const session = context.db.driver.session({ database: context.db.database, defaultAccessMode: 'READ' });
    index = session.executeRead(async (tx) => {
      const { actors, near } = await readDuplicateGraph(tx);
      return new DuplicateIndex(actors, near);
    }).finally(() => session.close());
    indexes.set(context, index);
  }
  return index;
}

/** A declared actor (a proposal's ActorInput) as the check sees it. */
function declaredCandidate(proposal: { id: string; name: string; declaration: string }): DuplicateCandidate {
  const { actor } = JSON.parse(proposal.declaration) as { actor: { siren?: string; siret?: string; territoryIds?: string[] } };
  return { id: `proposal:${proposal.id}`, name: proposal.name, siren: actor.siren ?? null, siret: actor.siret ?? null, communes: actor.territoryIds ?? [] };
}

/** `likelyDuplicates`: the desk's list of actors that may be one, for animators (people included: they see them). */
export const duplicateResolvers = {
  Proposal: {
    // Proposals are read by animators only (Query.proposals): their likely duplicates too.
    likelyDuplicates: async (proposal: { id: string; name: string; declaration: string }, _args: unknown, context: DuplicatesContext) => {
      const found = (await indexFor(context)).of(declaredCandidate(proposal));
      return found.slice(0, 5).map(({ actor, ...match }) => ({ actor: actorOf(actor), score: match.score, reasons: match.reasons, why: duplicateWhy(match) }));
    },
  },
  Query: {
    likelyDuplicates: async (_root: unknown, { limit = 100 }: { limit?: number }, context: DuplicatesContext) => {
      requireRole(context.viewer, 'animator', 'likelyDuplicates');
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX) {
        throw new GraphQLError(`limit doit être un entier entre 1 et ${MAX}, reçu ${limit}. / limit must be a whole number from 1 to ${MAX}, got ${limit}.`, {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'limit' },
        });
      }
      const session = context.db.driver.session({ database: context.db.database, defaultAccessMode: 'READ' });
      try {
        const pairs: DuplicatePair[] = await session.executeRead(async (tx) => {
          const { actors, near } = await readDuplicateGraph(tx);
          return likelyDuplicatePairs(actors, near);
        });
        return pairs.slice(0, limit).map((pair) => ({ a: actorOf(pair.a), b: actorOf(pair.b), score: pair.score, reasons: pair.reasons, why: duplicateWhy(pair) }));
      } finally {
        await session.close();
      }
    },
  },
};
