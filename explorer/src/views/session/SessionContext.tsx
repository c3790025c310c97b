import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { can, loadSession, saveSession, type Role, type Session } from '../../core/session/session.js';

interface SessionState {
  session: Session | null;
  setSession(session: Session | null): void;
  can(role: Role): boolean;
}

const SessionContext = createContext<SessionState>({ session: null, setSession: () => {}, can: () => false });

/** The signed-in animator, if any, kept in sessionStorage: the Apollo link reads the token from there. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setState] = useState(() => loadSession(window.sessionStorage));
  const value = useMemo((): SessionState => ({
    session,
    setSession: (next) => {
      saveSession(window.sessionStorage, next);
      setState(next);
    },
    can: (role) => can(session, role),
  }), [session]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): SessionState => useContext(SessionContext);

/** Requests carry the session's token, read at each request so that signing in or out counts at once. */
export function authorizedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const session = loadSession(window.sessionStorage);
  const headers = new Headers(init.headers);
  if (session) headers.set('authorization', `Bearer ${session.token}`);
  return fetch(input, { ...init, headers });
}
