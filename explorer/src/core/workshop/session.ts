// A participant's session: a token for one workshop, kept for the tab (a reload keeps it, closing the tab ends it).

const key = (code: string): string => `maillage.workshop.${code}`;

export function participantSession(storage: Pick<Storage, 'getItem'>, code: string): string | null {
  return storage.getItem(key(code));
}

export function saveParticipantSession(storage: Pick<Storage, 'setItem' | 'removeItem'>, code: string, token: string | null): void {
  if (token) storage.setItem(key(code), token);
  else storage.removeItem(key(code));
}

/** The header that makes a request a participant's. */
export const sessionHeader = (token: string | null): Record<string, string> => (token ? { 'x-workshop-session': token } : {});
