import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Router, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { classify, ERROR_MESSAGES } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { edgesCsv, nodesCsv } from './csv.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { cytoscapeJson, nodeLinkJson } from './json.js';
import { ExportParamsError, parseExportParams, type ExportRequest } from './params.js';
import { streamEdges, streamNodes, unknownReferences } from './read.js';
import type { ExportFormat } from './types.js';

/** The stable export URLs: file name → format (the JSON one in the flavour asked for). */
export const EXPORT_FILES: Record<string, (request: ExportRequest) => ExportFormat> = {
  'network.gexf': () => gexf,
  'network.graphml': () => graphml,
  'network.json': (request) => (request.jsonFlavour === 'node-link' ? nodeLinkJson : cytoscapeJson),
  'nodes.csv': () => nodesCsv,
  'edges.csv': () => edgesCsv,
};

const CHUNK = 64 * 1024;

/** Writes through a small buffer, waiting when the client reads slower than Neo4j answers; false once it has gone. */
class Output {
  private buffer = '';

  constructor(private readonly response: ServerResponse) {}

  get gone(): boolean {
    return this.response.destroyed;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk && !this.response.write(chunk) && !this.gone) {
      await Promise.race([once(this.response, 'drain'), once(this.response, 'close')]);
    }
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `/export/<file>`: the selected network as a file, streamed from one read transaction (the driver fetches records
 * in batches as the client takes them), so a 100,000-actor export holds neither the graph in memory nor the
 * event loop. Public fields only: the queries read no contact detail.
 */
export function exportRoutes({ driver, database, timeoutMs, logger }: { driver: Driver; database: string; timeoutMs: number; logger: Logger }): Router {
  const router = Router();
  router.get('/export/:file', async (req, res) => {
    const formatFor = EXPORT_FILES[req.params.file];
    if (!formatFor) {
      refuse(res, 404, 'NOT_FOUND', `Export inconnu / unknown export "${req.params.file}"; one of: ${Object.keys(EXPORT_FILES).join(', ')}`);
      return;
    }
    let request: ExportRequest;
    try {
      request = parseExportParams(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ExportParamsError) return refuse(res, 400, 'BAD_REQUEST', error.message);
      throw error;
    }
    const format = formatFor(request);
    const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 2_000 });
    const tx = session.beginTransaction({ timeout: timeoutMs });
    const output = new Output(res);
    try {
      const unknown = await unknownReferences(tx, request.filter);
      if (unknown.length > 0) return refuse(res, 400, 'BAD_REQUEST', `Paramètres d'export invalides / invalid export parameters: ${unknown.join('; ')}`);
      const asOf = request.filter.asOf ?? null;
      const base = req.params.file.replace(/\.[^.]+$/, '');
      res.status(200);
      res.setHeader('Content-Type', format.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="maillage-${base}${asOf ? `-${asOf}` : ''}.${format.extension}"`);
      res.setHeader('Cache-Control', 'no-cache');
      await output.write(format.head({ asOf, generatedAt: new Date().toISOString() }));
      if (format.parts.nodes && format.node) {
        let index = 0;
        for await (const node of streamNodes(tx, request.filter)) {
          if (output.gone) break;
          await output.write(format.node(node, index++));
        }
      }
      if (format.between) await output.write(format.between());
      if (format.parts.edges && format.edge && !output.gone) {
        let index = 0;
        for await (const edge of streamEdges(tx, request.filter)) {
          if (output.gone) break;
          await output.write(format.edge(edge, index++));
        }
      }
      await output.write(format.tail());
      await output.flush();
      res.end();
    } catch (error) {
      const code = classify(error);
      if (!res.headersSent) {
        if (code === 'DATABASE_UNAVAILABLE') refuse(res, 503, code, ERROR_MESSAGES[code]);
        else {
          req.log.error({ err: error }, 'export failed');
          refuse(res, 500, 'INTERNAL_SERVER_ERROR', ERROR_MESSAGES.INTERNAL_SERVER_ERROR);
        }
      } else {
        // Half a file must not pass for a whole one: cut the connection, the client sees an error.
        logger.error({ err: error, file: req.params.file }, 'export failed while streaming');
        res.destroy();
      }
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  });
  return router;
}
