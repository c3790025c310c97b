import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { limitOf } from './limits.js';

/** Every refusal the API gives, by code, in French then English. */
export const ERROR_MESSAGES = {
  CONSTRAINT_VIOLATION: 'Cet identifiant existe déjà. / This id is already taken.',
  DATABASE_UNAVAILABLE: 'La base de données ne répond pas, réessayez dans un instant. / The database is not reachable, try again shortly.',
  FORBIDDEN: 'Accès refusé à ce champ ou à cette opération. / Access to this field or operation is forbidden.',
  INTERNAL_SERVER_ERROR: 'Erreur interne. / Internal error.',
  QUERY_TOO_DEEP: 'Requête trop profonde. / Query too deep.',
  TOO_MANY_ALIASES: "Trop d'alias dans la requête. / Too many aliases.",
  TOO_MANY_DIRECTIVES: 'Trop de directives dans la requête. / Too many directives.',
  TOO_MANY_TOKENS: 'Requête trop longue. / Query too long.',
  QUERY_TOO_COSTLY: 'Requête trop coûteuse : demandez moins de champs ou de niveaux. / Query too costly: ask for fewer fields or levels.',
  PAGE_TOO_LARGE: 'Page trop grande : paginez. / Page too large: page through the results.',
  BUSY: 'Trop de calculs en cours, réessayez dans quelques secondes. / Too much work in progress, try again in a few seconds.',
  QUERY_TIMEOUT: 'La requête a pris trop de temps et a été arrêtée : demandez moins à la fois. / The query took too long and was stopped: ask for less at a time.',
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
  // Neo4j stopped the transaction at its time limit (ours, QUERY_TIMEOUT_MS, or the server's own).
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'QUERY_TIMEOUT';
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
    // A request limit (graphql/limits.ts): its own code, our words, then the limit and what was found.
    const limit = limitOf(formatted.message, formatted.extensions);
    if (limit) {
      delete extensions.limit;
      // Ours are bilingual already; graphql-armor's say the limit and what they found, in English.
      const message = limit === 'PAGE_TOO_LARGE' || limit === 'QUERY_TOO_COSTLY' ? formatted.message : `${ERROR_MESSAGES[limit]} ${formatted.message.replace(/^Syntax Error: /, '')}`;
      return { ...formatted, message, extensions: { ...extensions, code: limit } };
    }
    if (code) {
      return { ...formatted, message: ERROR_MESSAGES[code], extensions: { ...extensions, code } };
    }
    if (production && (extensions.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR') {
      return { message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: { ...extensions, code: extensions.code ?? 'INTERNAL_SERVER_ERROR' } };
  };
}
