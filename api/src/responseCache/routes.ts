import type { Request, RequestHandler } from 'express';
import { hasRole, type Viewer } from '../auth/index.js';
import type { GraphVersionClock } from '../graphVersion/clock.js';
import { graphqlCacheKey, type GraphQLRequestBody } from './graphqlKey.js';
import { cachedResponses } from './middleware.js';
import type { ResponseStore } from './store.js';

export type ViewerOf = (authorization: string | undefined) => Promise<Viewer>;

/** Each request's viewer while the request lives: weakly held, so nothing outlives the request it belongs to. */
const viewers = new WeakMap<Request, Promise<Viewer>>();

/** The viewer of a request, worked out once: the cache asks first, the GraphQL context reuses it. */
export function viewerOnce(req: Request, viewerOf: ViewerOf): Promise<Viewer> {
  let viewer = viewers.get(req);
  if (!viewer) {
    viewer = viewerOf(req.headers.authorization);
    viewers.set(req, viewer);
  }
  return viewer;
}

/** An animator's answers may hold contact details and what only they see: never kept. */
const keptFor = (viewer: Viewer) => !hasRole(viewer, 'animator');

function graphqlBody(req: Request): GraphQLRequestBody | null {
  if (req.method === 'POST') return (req.body ?? null) as GraphQLRequestBody | null;
  if (req.method !== 'GET') return null;
  const { query, operationName, variables } = req.query;
  if (typeof variables === 'string') {
    try {
      return { query, operationName, variables: JSON.parse(variables) as unknown };
    } catch {
      return null;
    }
  }
  return { query, operationName };
}

const withoutErrors = (body: Buffer) => body.subarray(0, 8).toString() === '{"data":' && !body.includes('"errors":[');

/** GraphQL reads of the graph, by normalised document, variables and role. */
export function graphqlCache(clock: GraphVersionClock, store: ResponseStore, viewerOf: ViewerOf, onDatabaseDown?: () => void): RequestHandler {
  return cachedResponses({
    clock,
    ...(onDatabaseDown ? { onDatabaseDown } : {}),
    store,
    keepable: withoutErrors,
    keyOf: async (req) => {
      if (req.headers['x-workshop-session'] !== undefined) return null;
      const body = graphqlBody(req);
      if (!body) return null;
      const viewer = await viewerOnce(req, viewerOf);
      if (!keptFor(viewer)) return null;
      const key = graphqlCacheKey(body, viewer.roles);
      return key ? { key, shared: viewer.roles.length === 0 } : null;
    },
  });
}

/** GET routes whose answer depends on the address, the graph and the role only: embeds, oEmbed, exports. */
export function getCache(clock: GraphVersionClock, store: ResponseStore, viewerOf: ViewerOf, onDatabaseDown?: () => void): RequestHandler {
  return cachedResponses({
    clock,
    ...(onDatabaseDown ? { onDatabaseDown } : {}),
    store,
    keyOf: async (req) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return null;
      const viewer = await viewerOnce(req, viewerOf);
      if (!keptFor(viewer)) return null;
      return { key: `get|${[...viewer.roles].sort().join(',')}|${req.originalUrl}`, shared: viewer.roles.length === 0 };
    },
  });
}
