import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';

// A stand-in identity provider on loopback: its public keys at /jwks, as Keycloak or any OIDC provider publishes them.
const issuer = 'https://idp.example.org/realms/ptce';
const { publicKey, privateKey } = await generateKeyPair('RS256');
const stranger = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const server = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ keys: req.url === '/jwks' ? [jwk] : [] }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const api = testApi({
  OIDC_ISSUER: issuer,
  OIDC_JWKS_URI: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
  OIDC_AUDIENCE: 'maillage',
  OIDC_ROLES_CLAIM: 'realm_access.roles',
});

function token(claims: Record<string, unknown>, key = privateKey, options: { audience?: string; issuer?: string } = {}): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(options.issuer ?? issuer).setAudience(options.audience ?? 'maillage')
    .setSubject('marie@collectivite.example.org').setIssuedAt().setExpirationTime('5m').sign(key);
}

const ME = '{ me { subject roles } }';

describe('an external identity provider (OIDC)', () => {
  it('signs people in with its own tokens, roles read where the configuration says', async () => {
    const result = await api.graphql(ME, {}, await token({ realm_access: { roles: ['animator', 'offline_access'] } }));
    expect(result.data).toEqual({ me: { subject: 'marie@collectivite.example.org', roles: ['researcher', 'animator'] } });
  });

  it("counts as the public a token signed by another key, for another audience or issuer, or without Maillage's roles", async () => {
    const refused = [
      await token({ realm_access: { roles: ['admin'] } }, stranger.privateKey),
      await token({ realm_access: { roles: ['admin'] } }, privateKey, { audience: 'another-app' }),
      await token({ realm_access: { roles: ['admin'] } }, privateKey, { issuer: 'https://evil.example.org' }),
    ];
    for (const bad of refused) expect((await api.graphql(ME, {}, bad)).data).toEqual({ me: { subject: null, roles: [] } });
    expect((await api.graphql(ME, {}, await token({ roles: ['admin'] }))).data).toEqual({ me: { subject: 'marie@collectivite.example.org', roles: [] } });
  });
});
