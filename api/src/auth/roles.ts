import { type Role } from '@maillage/schema/vocabulary';

export { isRole, ROLES, withImpliedRoles, type Role } from '@maillage/schema/vocabulary';

/** Who sends a request: the public (no subject, no role), or the holder of a verified token. */
export interface Viewer {
  subject: string | null;
  roles: Role[];
  /** Set for Maillage's own sign-in tokens: what logout revokes. */
  session?: { id: string; expiresAt: Date };
  /** Why a token that came with the request does not count: said when the request needs a role. */
  tokenProblem?: TokenProblem;
}

export type TokenProblem = 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED';

export const PUBLIC_VIEWER: Viewer = Object.freeze({ subject: null, roles: [] });

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
}
