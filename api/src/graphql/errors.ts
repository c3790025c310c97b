import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Every refusal the API gives, by code, in French then English. */
export const ERROR_MESSAGES = {
  CONSTRAINT_VIOLATION: 'Cet identifiant existe déjà. / This id is already taken.',
  DATABASE_UNAVAILABLE: 'La base de données ne répond pas, réessayez dans un instant. / The database is not reachable, try again shortly.',
  FORBIDDEN: 'Accès refusé à ce champ ou à cette opération. / Access to this field or operation is forbidden.',
  INTERNAL_SERVER_ERROR: 'Erreur interne. / Internal error.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

interface Neo4jLikeError {
  code?: string;
  name?: string;
  message?: string;
}

/** Maps what the database or @neo4j/graphql threw to one of our codes, or undefined to keep Apollo's. */
export function classify(error: unknown): ErrorCode | undefined {
  const cause = error as Neo4jLikeError | undefined;
  const code = cause?.code ?? '';
  const name = cause?.name ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || name === 'Neo4jGraphQLConstraintValidationError') {
    return 'CONSTRAINT_VIOLATION';
  }
  if (name === 'Neo4jGraphQLForbiddenError' || code === 'Neo.ClientError.Security.Forbidden') return 'FORBIDDEN';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || (name === 'Neo4jError' && /connect/i.test(cause?.message ?? ''))) {
    return 'DATABASE_UNAVAILABLE';
  }
  return undefined;
}

/**
 * Gives every error a code and a message a user can act on; in production, internal details (stack traces,
 * database messages) never leave the server.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = classify(unwrapResolverError(error));
    const extensions = { ...formatted.extensions };
    if (production) delete extensions.stacktrace;
    if (code) {
      return { ...formatted, message: ERROR_MESSAGES[code], extensions: { ...extensions, code } };
    }
    if (production && (extensions.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR') {
      return { message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: { ...extensions, code: extensions.code ?? 'INTERNAL_SERVER_ERROR' } };
  };
}
