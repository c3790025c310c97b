import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PUBLIC_VIEWER, withImpliedRoles, type TokenProblem, type Viewer } from './roles.js';

/** The issuer of Maillage's own sign-in tokens. */
export const LOCAL_ISSUER = 'maillage';

export interface OidcOptions {
  issuer: string;
  jwksUri: string;
  /** Required: without it, a token the provider issued to any other application would open Maillage. */
  audience: string;
  /** Where the roles sit in the token, as a dotted path: `roles`, `realm_access.roles` (Keycloak)… */
  rolesClaim: string;
}

/** A session of Maillage's own, still valid: its account's roles as they are now, or null once it is revoked. */
export type SessionCheck = (session: { email: string; id: string; version: number }) => Promise<string[] | null>;

export interface VerifierOptions {
  secret: string;
  oidc?: OidcOptions;
  checkSession: SessionCheck;
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/** The public, with the reason its token did not count. */
function publicBecause(tokenProblem: TokenProblem): Viewer {
  return { ...PUBLIC_VIEWER, tokenProblem };
}

// A token without an expiry would count for ever, whoever keeps a copy: refused, Maillage's and the provider's alike.
const REQUIRED_CLAIMS = ['exp'];

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Turns an `Authorization` header into a viewer. Maillage's tokens (HS256, issuer `maillage`) are checked against
 * their account, so that logout, a password change or a role taken away count at once; an external identity
 * provider's tokens (OIDC) against its JWKS. Anything else — no token, an expired, forged or revoked one — is the
 * public: reads stay open, and what needs a role says so.
 */
export function createViewerResolver(options: VerifierOptions): (authorization: string | undefined) => Promise<Viewer> {
  const localKey = new TextEncoder().encode(options.secret);
  const remoteKeys: JWTVerifyGetKey | undefined = options.oidc ? createRemoteJWKSet(new URL(options.oidc.jwksUri)) : undefined;

  async function local(token: string): Promise<Viewer> {
    const { payload } = await jwtVerify(token, localKey, { issuer: LOCAL_ISSUER, algorithms: ['HS256'], requiredClaims: REQUIRED_CLAIMS });
    if (!payload.sub) return PUBLIC_VIEWER;
    if (typeof payload.jti !== 'string') {
      // A service token signed with the secret (scripts, tests): no account behind it, its roles as written.
      return { subject: payload.sub, roles: withImpliedRoles(Array.isArray(payload.roles) ? payload.roles : []) };
    }
    const roles = await options.checkSession({ email: payload.sub, id: payload.jti, version: Number(payload.sv ?? 0) });
    if (!roles) return publicBecause('SESSION_ENDED');
    return { subject: payload.sub, roles: withImpliedRoles(roles), session: { id: payload.jti, expiresAt: new Date((payload.exp ?? 0) * 1000) } };
  }

  async function external(token: string, oidc: OidcOptions, keys: JWTVerifyGetKey): Promise<Viewer> {
    const { payload } = await jwtVerify(token, keys, { issuer: oidc.issuer, audience: oidc.audience, requiredClaims: REQUIRED_CLAIMS });
    const roles = claimAt(payload, oidc.rolesClaim);
    return { subject: payload.sub ?? null, roles: withImpliedRoles(Array.isArray(roles) ? roles : []) };
  }

  return async (authorization) => {
    const token = bearer(authorization);
    if (!token) return PUBLIC_VIEWER;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256') return await local(token);
      if (options.oidc && remoteKeys) return await external(token, options.oidc, remoteKeys);
      return publicBecause('TOKEN_INVALID');
    } catch (error) {
      return publicBecause((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    }
  };
}
