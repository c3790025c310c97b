import type { RequestContext } from '../graphql/context.js';
import { GraphQLError } from 'graphql';
import type { MutationAcceptProposalArgs, MutationDeclareArgs, MutationRejectProposalArgs, QueryProposalsArgs } from '@maillage/schema';
import { requireRole } from '../auth/index.js';
import type { Throttle } from '../db/throttle.js';
import { asGraphQLError, checkedLimit } from '../editing/index.js';
import { fieldChanges } from '../editing/journal.js';
import { checkDeclaration, storeProposal } from './declare.js';
import { acceptProposal, listProposals, rejectProposal } from './moderate.js';

export interface DeclarationContext extends Pick<RequestContext, 'viewer' | 'clientIp' | 'db'> {
  declarationThrottle: Throttle;
}

const THANKS = 'Merci ! Votre proposition sera relue par un animateur du PTCE avant publication. / Thank you: an animator will review it before it is published.';

/** The public form's mutation and the moderation queue (schema/declaration.graphql). */
export const declarationResolvers = {
  Query: {
    proposals: (_root: unknown, args: QueryProposalsArgs, context: DeclarationContext) => {
      requireRole(context.viewer, 'animator', 'proposals');
      return listProposals(context.db.driver, context.db.database, args.status ?? 'PENDING', checkedLimit('proposals', args.limit, 100));
    },
  },
  Mutation: {
    declare: async (_root: unknown, { input }: MutationDeclareArgs, context: DeclarationContext) => {
      const { driver, database } = context.db;
      const throttle = context.declarationThrottle;
      // Counted before anything else, atomically: a burst gets no more declarations through than a queue would.
      const wait = (await throttle.take(context.clientIp)).retryAfterSeconds;
      if (wait > 0) {
        throw new GraphQLError(`Trop de propositions depuis cette adresse : réessayez dans ${Math.ceil(wait / 60)} min. / Too many proposals from this address.`, {
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: wait, http: { status: 429 } },
        });
      }
      // A robot fills every field, the hidden one too: it is thanked, and nothing is kept.
      if (input.homepage) return { id: '00000000-0000-0000-0000-000000000000', message: THANKS };
      try {
        checkDeclaration(input);
      } catch (error) {
        asGraphQLError(error);
      }
      return { id: await storeProposal(driver, database, input), message: THANKS };
    },
    acceptProposal: (_root: unknown, args: MutationAcceptProposalArgs, context: DeclarationContext) => {
      requireRole(context.viewer, 'animator', 'acceptProposal');
      const by = `moderation:${context.viewer.subject ?? 'unknown'}`;
      return acceptProposal(context.db.driver, context.db.database, args.id, args.edits, by).then(
        (outcome) => ({ entity: 'ACTOR', id: outcome.id, change: outcome.change ? { ...outcome.change, fields: fieldChanges(outcome.change.before, outcome.change.after) } : null }),
        asGraphQLError,
      );
    },
    rejectProposal: (_root: unknown, args: MutationRejectProposalArgs, context: DeclarationContext) => {
      requireRole(context.viewer, 'animator', 'rejectProposal');
      return rejectProposal(context.db.driver, context.db.database, args.id, args.reason ?? null, context.viewer.subject ?? 'unknown').catch(asGraphQLError);
    },
  },
};
