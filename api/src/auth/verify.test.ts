import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createViewerResolver, LOCAL_ISSUER } from './verify.js';

// No database: the account check is a stub, the identity provider a key set served on loopback.
const secret = 'verify-test-secret-at-least-32-characters';
const issuer = 'https://idp.example.org/realms/ptce';
const { publicKey, privateKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const checkSession = vi.fn(async () => ['animator']);
const viewerOf = createViewerResolver({
  secret,
  checkSession,
  oidc: { issuer, jwksUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`, audience: 'maillage', rolesClaim: 'roles' },
});
const bearer = (token: string): string => `Bearer ${token}`;

/** A Maillage token, with or without an expiry. */
function local(claims: Record<string, unknown>, expires: boolean): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(LOCAL_ISSUER).setSubject('animatrice@example.org').setIssuedAt();
  return (expires ? jwt.setExpirationTime('5m') : jwt).sign(new TextEncoder().encode(secret));
}

/** A provider's token, with or without an expiry. */
function external(expires: boolean, audience = 'maillage'): Promise<string> {
  const jwt = new SignJWT({ roles: ['animator'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience(audience)
    .setSubject('marie@collectivite.example.org').setIssuedAt();
  return (expires ? jwt.setExpirationTime('5m') : jwt).sign(privateKey);
}

describe('tokens without an expiry', () => {
  it("are refused when Maillage's own, service or session token alike, before any account is read", async () => {
    expect(await viewerOf(bearer(await local({ roles: ['admin'] }, true)))).toMatchObject({ subject: 'animatrice@example.org', roles: expect.arrayContaining(['admin']) });
    expect(await viewerOf(bearer(await local({ roles: ['admin'] }, false)))).toMatchObject({ subject: null, roles: [], tokenProblem: 'TOKEN_INVALID' });
    checkSession.mockClear();
    expect(await viewerOf(bearer(await local({ roles: ['animator'], sv: 0, jti: 'session-1' }, false)))).toMatchObject({ subject: null, tokenProblem: 'TOKEN_INVALID' });
    expect(checkSession).not.toHaveBeenCalled();
    expect(await viewerOf(bearer(await local({ roles: ['animator'], sv: 0, jti: 'session-2' }, true)))).toMatchObject({ subject: 'animatrice@example.org', session: { id: 'session-2' } });
  });

  it("are refused when the identity provider's, as are tokens for another audience", async () => {
    expect(await viewerOf(bearer(await external(true)))).toMatchObject({ subject: 'marie@collectivite.example.org', roles: expect.arrayContaining(['animator']) });
    expect(await viewerOf(bearer(await external(false)))).toMatchObject({ subject: null, roles: [], tokenProblem: 'TOKEN_INVALID' });
    expect(await viewerOf(bearer(await external(true, 'another-app')))).toMatchObject({ subject: null, tokenProblem: 'TOKEN_INVALID' });
  });
});
