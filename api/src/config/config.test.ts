import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual([]);
    expect(config.SEED_ON_START).toBe(true);
    expect(config.COVERAGE_MONTHS).toBe(12);
  });

  it('parses lists and numbers', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'https://a.fr, https://b.fr', SEED_ON_START: 'false' });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.fr', 'https://b.fr']);
    expect(config.SEED_ON_START).toBe(false);
    expect(loadConfig({ COVERAGE_MONTHS: '24' }).COVERAGE_MONTHS).toBe(24);
    expect(() => loadConfig({ COVERAGE_MONTHS: '0' })).toThrow(/COVERAGE_MONTHS/);
    expect(() => loadConfig({ COVERAGE_MONTHS: '6.5' })).toThrow(/COVERAGE_MONTHS/);
  });

  it('takes an OIDC provider as an issuer and its keys together', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: 'https://idp.example.org', OIDC_JWKS_URI: 'https://idp.example.org/jwks', OIDC_AUDIENCE: 'maillage' }).oidc)
      .toEqual({ issuer: 'https://idp.example.org', jwksUri: 'https://idp.example.org/jwks', audience: 'maillage', rolesClaim: 'roles' });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example.org', OIDC_AUDIENCE: 'maillage' })).toThrow(/OIDC_JWKS_URI: OIDC_ISSUER and OIDC_JWKS_URI go together/);
    expect(() => loadConfig({ OIDC_ROLES_CLAIM: 'a..b' })).toThrow(/OIDC_ROLES_CLAIM is a dotted path/);
  });

  it('wants an audience with OIDC, and its keys over https but on loopback', () => {
    const oidc = { OIDC_ISSUER: 'https://idp.example.org', OIDC_JWKS_URI: 'https://idp.example.org/jwks' };
    expect(() => loadConfig(oidc)).toThrow(/OIDC_AUDIENCE: OIDC_AUDIENCE est requis avec OIDC_ISSUER .* \/ OIDC_AUDIENCE is required with OIDC_ISSUER/);
    expect(() => loadConfig({ ...oidc, OIDC_AUDIENCE: '' })).toThrow(/OIDC_AUDIENCE is required/);
    for (const jwks of ['http://idp.example.org/jwks', 'http://10.0.0.5/jwks', 'http://127.0.0.1.evil.example/jwks', 'ftp://idp.example.org/jwks']) {
      expect(() => loadConfig({ ...oidc, OIDC_JWKS_URI: jwks, OIDC_AUDIENCE: 'maillage' }), jwks).toThrow(/OIDC_JWKS_URI: .*OIDC_JWKS_URI must be https \(http on loopback only\)/);
    }
    for (const jwks of ['http://127.0.0.1:8080/jwks', 'http://127.5.6.7/jwks', 'http://localhost:8080/jwks', 'http://[::1]:8080/jwks']) {
      expect(loadConfig({ ...oidc, OIDC_JWKS_URI: jwks, OIDC_AUDIENCE: 'maillage' }).oidc?.jwksUri, jwks).toBe(jwks);
    }
  });

  it('reads an empty variable as unset', () => {
    const config = loadConfig({ JWT_SECRET: '', NEO4J_URI: '' });
    expect(config.JWT_SECRET).toBeUndefined();
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'x', JWT_SECRET: 'short', NEO4J_URI: 'not a uri' })).toThrow(
      /PORT[\s\S]*NEO4J_URI[\s\S]*JWT_SECRET must be at least 32 characters/,
    );
  });
});
