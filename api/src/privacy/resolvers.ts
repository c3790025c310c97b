import type { RequestContext } from '../graphql/context.js';
import type { MutationEraseActorArgs, QueryPersonalDataArgs } from '@maillage/schema';
import { requireRole } from '../auth/index.js';
import { asGraphQLError } from '../editing/index.js';
import { eraseActor, personalData } from './privacy.js';

export type PrivacyContext = Pick<RequestContext, 'viewer' | 'db'>;

/** The rights of access and erasure (schema/privacy.graphql). */
export const privacyResolvers = {
  Query: {
    personalData: (_root: unknown, args: QueryPersonalDataArgs, context: PrivacyContext) => {
      requireRole(context.viewer, 'animator', 'personalData');
      return personalData(context.db.driver, context.db.database, args.actorId).then((data) => JSON.stringify(data, null, 2), asGraphQLError);
    },
  },
  Mutation: {
    eraseActor: (_root: unknown, args: MutationEraseActorArgs, context: PrivacyContext) => {
      requireRole(context.viewer, 'admin', 'eraseActor');
      return eraseActor(context.db.driver, context.db.database, args.actorId, context.viewer.subject ?? 'unknown').then((pseudonym) => ({ pseudonym }), asGraphQLError);
    },
  },
};
