import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('are stored salted, with their parameters, and verified', async () => {
    const stored = await hashPassword('un mot de passe assez long');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword('un mot de passe assez long')).not.toBe(stored);
    expect(await verifyPassword('un mot de passe assez long', stored)).toBe(true);
    expect(await verifyPassword('un autre', stored)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });
});
