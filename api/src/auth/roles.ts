export const ROLES = ['researcher', 'animator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// Each role holds the ones below it: an admin is an animator too, an animator a researcher too. Rules then ask for
// the least role they need ("animator") and every higher one passes.
const IMPLIED: Record<Role, Role[]> = { researcher: ['researcher'], animator: ['animator', 'researcher'], admin: ['admin', 'animator', 'researcher'] };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The roles a holder of `roles` has, implied ones included; unknown names are dropped. */
export function withImpliedRoles(roles: readonly unknown[]): Role[] {
  const held = new Set(roles.filter(isRole).flatMap((role) => IMPLIED[role]));
  return ROLES.filter((role) => held.has(role));
}

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
