import { once } from 'node:events';
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { hasRole, type Viewer } from '../auth/index.js';
import { CHANGE_FIELDS, CONCERNS_A_PERSON, toChangeEntry, withoutPersonalData } from './journal.js';

interface JournalRouteOptions {
  driver: Driver;
  database: string;
  viewerOf(authorization: string | undefined): Promise<Viewer>;
}

/**
 * `/export/journal.jsonl`: the whole journal, oldest first, one JSON line a change, streamed from one read
 * transaction. Animators get it whole; researchers without personal data (as the `changes` query); others a 401.
 */
export function journalRoute({ driver, database, viewerOf }: JournalRouteOptions): Router {
  const router = Router();
  router.get('/export/journal.jsonl', async (req, res, next) => {
    const viewer = await viewerOf(req.headers.authorization);
    if (!hasRole(viewer, 'researcher')) {
      res.status(viewer.subject ? 403 : 401).json({ errors: [{ message: 'Journal : connectez-vous (chercheurs ou animateurs). / Journal: sign in (researchers or animators).', extensions: { code: viewer.subject ? 'FORBIDDEN' : 'UNAUTHENTICATED' } }] });
      return;
    }
    const whole = hasRole(viewer, 'animator');
    const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 1_000 });
    try {
      res.status(200).type('application/x-ndjson; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="maillage-journal.jsonl"');
      const result = session.run(
        `MATCH (c:Change) WHERE $whole OR NOT ${CONCERNS_A_PERSON}
         RETURN ${CHANGE_FIELDS} ORDER BY c.at, c.id`,
        { whole },
      );
      for await (const record of result) {
        const change = toChangeEntry(record.toObject());
        if (!res.write(`${JSON.stringify(whole ? change : withoutPersonalData(change))}\n`)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        if (res.destroyed) break;
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    } finally {
      await session.close();
    }
  });
  return router;
}
