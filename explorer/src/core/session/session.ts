import { isRole, withImpliedRoles, type Role } from '@maillage/schema/vocabulary';

export type { Role };

/** A signed-in animator's session, as `login` answers it. */
export interface Session {
  email: string;
  token: string;
  expiresAt: string;
  roles: Role[];
}

const KEY = 'maillage.session';

/** The session `login` or `changePassword` answers, for `email`: roles the explorer does not know are dropped. */
export function sessionOf(email: string, answer: { token: string; expiresAt: string; roles: readonly string[] }): Session {
  return { email, token: answer.token, expiresAt: answer.expiresAt, roles: answer.roles.filter(isRole) };
}

/** The session kept for this tab (sessionStorage: closing the tab signs out), unless it has expired. */
export function loadSession(storage: Pick<Storage, 'getItem'>, now = Date.now()): Session | null {
  try {
    const session = JSON.parse(storage.getItem(KEY) ?? 'null') as Session | null;
    return session && Date.parse(session.expiresAt) > now ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem' | 'removeItem'>, session: Session | null): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}

export function can(session: Session | null, role: Role): boolean {
  return session !== null && withImpliedRoles(session.roles).includes(role);
}

/** The API's messages say French, then English, around « / »: the half in the reader's language. */
export function localMessage(message: string, lang: 'fr' | 'en'): string {
  const [fr, en] = message.split(' / ');
  return (lang === 'en' ? en : fr) ?? message;
}
