/** The accounts' roles, the least first: the API checks them, the explorer shows what each may do. */
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
