import { GraphQLError } from 'graphql';
import { hasRole, type Role, type TokenProblem, type Viewer } from './roles.js';

const ROLE_NAMES: Record<Role, string> = { researcher: 'aux chercheurs', animator: 'aux animateurs', admin: 'aux administrateurs' };

const TOKEN_PROBLEMS: Record<TokenProblem, { fr: string; en: string }> = {
  TOKEN_EXPIRED: { fr: 'votre session a expiré, reconnectez-vous', en: 'your session has expired, sign in again' },
  TOKEN_INVALID: { fr: 'votre jeton n’est pas valide, reconnectez-vous', en: 'your token is not valid, sign in again' },
  SESSION_ENDED: { fr: 'votre session a pris fin (déconnexion ou nouveau mot de passe), reconnectez-vous', en: 'your session has ended (sign-out or new password), sign in again' },
};

/** The public asked for something that needs a role: 401, sign in (saying why a token sent did not count). A holder of a lesser role: 403. */
export function roleRequired(role: Role, action: string, signedIn: boolean, tokenProblem?: TokenProblem): GraphQLError {
  if (tokenProblem) {
    const text = TOKEN_PROBLEMS[tokenProblem];
    return new GraphQLError(`${action} : ${text.fr}. / ${action}: ${text.en}.`, { extensions: { code: 'UNAUTHENTICATED', reason: tokenProblem, role, http: { status: 401 } } });
  }
  return signedIn
    ? new GraphQLError(`${action} : réservé ${ROLE_NAMES[role]}. / ${action}: needs the ${role} role.`, { extensions: { code: 'FORBIDDEN', role, http: { status: 403 } } })
    : new GraphQLError(`${action} : connectez-vous (réservé ${ROLE_NAMES[role]}). / ${action}: sign in first (${role} role).`, { extensions: { code: 'UNAUTHENTICATED', role, http: { status: 401 } } });
}

/** Hand-written resolvers call this first: the same rule as the SDL's `@authorization`, with the same codes. */
export function requireRole(viewer: Viewer, role: Role, action: string): void {
  if (!hasRole(viewer, role)) throw roleRequired(role, action, viewer.subject !== null, viewer.tokenProblem);
}
