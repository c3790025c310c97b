import { createHandler } from 'graphql-sse/lib/use/express';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import express, { type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { WorkshopPulses } from './live.js';
import type { WorkshopLiveContext } from './resolvers.js';

export interface StreamOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  pulses: WorkshopPulses;
}

const refusal = (status: number, code: string, fr: string, en: string) =>
  [JSON.stringify({ errors: [{ message: `${fr} / ${en}`, extensions: { code } }] }), { status, statusText: code, headers: { 'content-type': 'application/json; charset=utf-8' } }] as const;

/** The subscription named by a request, or a refusal: the stream serves live events only, queries go to /graphql. */
function onlySubscriptions(query: unknown, operationName: string | undefined) {
  try {
    const operation = getOperationAST(parse(String(query ?? '')), operationName);
    if (operation?.operation === 'subscription') return undefined;
  } catch {
    return refusal(400, 'GRAPHQL_PARSE_FAILED', 'Requête GraphQL illisible.', 'Unreadable GraphQL request.');
  }
  return refusal(400, 'BAD_REQUEST', 'Ce point ne sert que des abonnements ; les requêtes vont à /graphql.', 'This endpoint serves subscriptions only; queries go to /graphql.');
}

/**
 * GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode) at `/graphql/stream`: plain HTTP, so
 * any proxy that streams passes it, and each event comes from Neo4j (live.ts), whichever process the client reached.
 */
export function workshopStream({ schema, driver, database, pulses }: StreamOptions): Router {
  const handler = createHandler<WorkshopLiveContext>({
    schema,
    // No single-connection mode: each stream stands alone, so any process can serve it.
    authenticate: () => null,
    context: () => ({ db: { driver, database }, workshopPulses: pulses }),
    onSubscribe: (_req, params) => onlySubscriptions(params.query, params.operationName),
  });
  const router = express.Router();
  router.use('/graphql/stream', express.json({ limit: '16kb' }), async (req, res) => {
    // Proxies must not hold events back (nginx buffers unless told).
    res.setHeader('X-Accel-Buffering', 'no');
    try {
      await handler(req, res);
    } catch (error) {
      req.log.error({ err: error }, 'live stream failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Erreur interne. / Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
  return router;
}
