import { SignJWT } from 'jose';
import type { Role } from './store.js';

export interface Session {
  token: string;
  expiresAt: string;
  roles: Role[];
}

/** A short-lived HS256 JWT with the account's roles: the same key verifies it in @neo4j/graphql's rules. */
export async function issueToken(secret: string, subject: string, roles: Role[], ttlSeconds: number): Promise<Session> {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = await new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(expires * 1000).toISOString(), roles };
}
