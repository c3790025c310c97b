import { describe, expect, it } from 'vitest';
import { can, loadSession, localMessage, saveSession, type Session } from './session.js';

const session: Session = { email: 'a@example.org', token: 't', expiresAt: '2030-01-01T00:00:00Z', roles: ['animator'] };

function memory(): Storage {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key), key: () => null, clear: () => items.clear(), length: 0 };
}

describe('sessions', () => {
  it('are kept until they expire', () => {
    const storage = memory();
    saveSession(storage, session);
    expect(loadSession(storage, Date.parse('2029-12-31T00:00:00Z'))).toEqual(session);
    expect(loadSession(storage, Date.parse('2030-01-02T00:00:00Z'))).toBeNull();
    saveSession(storage, null);
    expect(loadSession(storage)).toBeNull();
  });

  it('hold the roles below theirs', () => {
    expect(can(session, 'researcher')).toBe(true);
    expect(can(session, 'admin')).toBe(false);
    expect(can(null, 'researcher')).toBe(false);
    expect(can({ ...session, roles: ['admin'] }, 'animator')).toBe(true);
  });

  it('speak the reader’s half of a bilingual message', () => {
    expect(localMessage('saveActor : le champ « name » est obligatoire. / saveActor: name is required.', 'en')).toBe('saveActor: name is required.');
    expect(localMessage('Erreur', 'en')).toBe('Erreur');
  });
});
