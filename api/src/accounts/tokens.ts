import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { LOCAL_ISSUER, type Role } from '../auth/index.js';

export interface Session {
  token: string;
  expiresAt: string;
  roles: Role[];
}

/**
 * A short-lived HS256 JWT: the account's address as subject, its roles, an id that logout revokes, and the
 * account's session version, which a password change moves on (every older token then stops counting).
 */
export async function issueToken(secret: string, account: { email: string; roles: Role[]; sessionVersion: number }, ttlSeconds: number): Promise<Session> {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = await new SignJWT({ roles: account.roles, sv: account.sessionVersion })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(LOCAL_ISSUER)
    .setSubject(account.email)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(expires * 1000).toISOString(), roles: account.roles };
}
