import { can, loadSession } from '../core/session/session.js';

/** The signed-in animator's header for this tab (the explorer's session), or null when nobody animates here. */
export function animatorHeaders(): Record<string, string> | null {
  const session = loadSession(window.sessionStorage);
  return session && can(session, 'animator') ? { authorization: `Bearer ${session.token}` } : null;
}

/** The pages of the desk, by their address: `?atelier=<id>` a console, `&vue=bilan` its summary, else the list. */
export function deskHref(lang: 'fr' | 'en', workshopId?: string, view?: 'bilan'): string {
  const params = new URLSearchParams();
  if (workshopId) params.set('atelier', workshopId);
  if (view) params.set('vue', view);
  if (lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `/animation.html${query ? `?${query}` : ''}`;
}

export const projectorHref = (lang: 'fr' | 'en', code: string): string => `/projecteur.html?code=${code}${lang === 'en' ? '&lang=en' : ''}`;
