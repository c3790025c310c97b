import { z } from 'zod';

const list = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

// An empty variable (e.g. `JWT_SECRET=` in docker-compose) means "not set", not "set to nothing".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Loopback hosts: a test's stand-in identity provider may serve its keys over plain HTTP there, nowhere else. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Keys fetched over plain HTTP could be swapped on the way, and with them anyone's roles. */
function isSafeKeysUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && isLoopback(hostname));
}

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: optional(z.string().url()),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Secret that signs and verifies JWTs (HS256); without it no request carries a role. */
  JWT_SECRET: optional(z.string().min(32, 'JWT_SECRET must be at least 32 characters')),
  /** How long a sign-in token lasts. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3_600),
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  CORS_ORIGINS: list.default([]),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'BODY_LIMIT is like 100kb or 1mb').default('1mb'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the Grand Bergeracois seed when the database holds no actor. */
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** Sites allowed to frame an embed (space- or comma-separated origins); `*`: any site. */
  EMBED_FRAME_ANCESTORS: z.string().default('*').transform((value) => value.split(/[\s,]+/).filter(Boolean)),
  /** Memory for the answers kept by graph version (GraphQL reads, embeds, exports), in megabytes; 0: none kept. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(64),
  /** Requests per minute and client on the embed routes, for the whole site. */
  EMBED_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  /**
   * API processes behind the proxy's round robin: each counts its share of EMBED_RATE_LIMIT (the one limit kept in
   * a process's memory; the others are counted in Neo4j).
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(1_000).default(1),
  /** Longest a GraphQL request's database transaction may run: past it, Neo4j stops it (`QUERY_TIMEOUT`). */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Longest an export's (or the analytics' projection's) read may run. */
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(300_000),
  /** Longest one analytics measure may run (past it, the worker restarts and answers `QUERY_TIMEOUT`). */
  ANALYTICS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Analytics queries waiting at once; past it, `BUSY` (HTTP 503) at once. */
  ANALYTICS_QUEUE: z.coerce.number().int().min(1).max(10_000).default(32),
  /** An actor reviewed (changed) within this many months counts as up to date: older ones go on the desk's "À revoir". */
  COVERAGE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Exports streamed at once by one API process, and how many may wait; past it, `BUSY` (HTTP 503). */
  EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(2),
  EXPORT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  /** Run the analytics in a worker thread (off the request path); `false` runs them on the API's own thread. */
  ANALYTICS_WORKER: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** Express's "trust proxy": behind a reverse proxy, which hops to trust for the client's address (rate limits). */
  TRUST_PROXY: z.string().default('false').transform((value) => (value === 'false' ? false : value === 'true' ? true : /^\d+$/.test(value) ? Number(value) : value)),
  /** Self-declarations an hour from one client address (the public form). */
  DECLARATION_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Workshop joins a minute from one client address: a whole room shares its Wi-Fi's address. */
  WORKSHOP_JOIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(120),
  /** Workshop entries (added, changed, withdrawn) a minute from one participant. */
  WORKSHOP_ENTRY_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(30),
  /** How often each API process reads the revisions of the workshops followed through it (live events), in ms. */
  WORKSHOP_LIVE_POLL_MS: z.coerce.number().int().min(20).max(10_000).default(250),
  /** An external identity provider (OIDC), besides local accounts: its issuer and the URL of its signing keys. */
  OIDC_ISSUER: optional(z.string().url()),
  OIDC_JWKS_URI: optional(z.string().url()),
  OIDC_AUDIENCE: optional(z.string()),
  /** Where the provider puts Maillage's role names in its tokens, as a dotted path (Keycloak: realm_access.roles). */
  /**
   * The basemap of the geographic layout: a MapLibre style URL (Plan IGN, OpenStreetMap…). Unset, or unreachable
   * from the browser, the map draws its own plain local style and says so.
   */
  /** The Chromium that prints reports to PDF; unset: /usr/bin/chromium or /usr/bin/chromium-browser if installed. */
  CHROMIUM_PATH: optional(z.string()),
  REPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  REPORT_QUEUE: z.coerce.number().int().min(0).max(1_000).default(4),
  MAP_STYLE_URL: optional(z.string().url().refine((url) => /^https?:/.test(url), 'MAP_STYLE_URL is an http(s) URL')),
  OIDC_ROLES_CLAIM: z.string().regex(/^[\w-]+(\.[\w-]+)*$/, 'OIDC_ROLES_CLAIM is a dotted path like realm_access.roles').default('roles'),
})
  .refine((config) => Boolean(config.OIDC_ISSUER) === Boolean(config.OIDC_JWKS_URI), {
    message: 'OIDC_ISSUER and OIDC_JWKS_URI go together',
    path: ['OIDC_JWKS_URI'],
  })
  // Without an audience, a token the provider issued to any of its other applications would open Maillage.
  .refine((config) => !config.OIDC_ISSUER || Boolean(config.OIDC_AUDIENCE), {
    message: "OIDC_AUDIENCE est requis avec OIDC_ISSUER (l'identifiant client de Maillage chez le fournisseur) / OIDC_AUDIENCE is required with OIDC_ISSUER (Maillage's client id at the provider)",
    path: ['OIDC_AUDIENCE'],
  })
  .refine((config) => !config.OIDC_JWKS_URI || isSafeKeysUrl(config.OIDC_JWKS_URI), {
    message: 'OIDC_JWKS_URI doit être en https (http seulement sur 127.0.0.1, localhost ou [::1]) / OIDC_JWKS_URI must be https (http on loopback only)',
    path: ['OIDC_JWKS_URI'],
  })
  .transform((config) => ({
    ...config,
    oidc: config.OIDC_ISSUER && config.OIDC_JWKS_URI && config.OIDC_AUDIENCE
      ? { issuer: config.OIDC_ISSUER, jwksUri: config.OIDC_JWKS_URI, audience: config.OIDC_AUDIENCE, rolesClaim: config.OIDC_ROLES_CLAIM }
      : undefined,
  }));

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and checks the configuration once, at the edge; a bad variable stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`loadConfig: invalid configuration\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
