import { GraphQLError } from 'graphql';
import { hasRole, type Role, type Viewer } from './roles.js';

const ROLE_NAMES: Record<Role, string> = { researcher: 'aux chercheurs', animator: 'aux animateurs', admin: 'aux administrateurs' };

/** The public asked for something that needs a role: 401, sign in. A holder of a lesser role: 403. */
export function roleRequired(role: Role, action: string, signedIn: boolean): GraphQLError {
  return signedIn
    ? new GraphQLError(`${action} : réservé ${ROLE_NAMES[role]}. / ${action}: needs the ${role} role.`, { extensions: { code: 'FORBIDDEN', role, http: { status: 403 } } })
    : new GraphQLError(`${action} : connectez-vous (réservé ${ROLE_NAMES[role]}). / ${action}: sign in first (${role} role).`, { extensions: { code: 'UNAUTHENTICATED', role, http: { status: 401 } } });
}

/** Hand-written resolvers call this first: the same rule as the SDL's `@authorization`, with the same codes. */
export function requireRole(viewer: Viewer, role: Role, action: string): void {
  if (!hasRole(viewer, role)) throw roleRequired(role, action, viewer.subject !== null);
}
