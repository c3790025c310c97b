import type { ServerResponse } from 'node:http';
import { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { audienceOf, type Audience, type Viewer } from '../auth/index.js';
import { refuse, refuseFailure } from '../http/refusals.js';
import { QueueFullError, type WorkQueue } from '../work/queue.js';
import type { Logger } from '../logger.js';
import { edgesCsv, nodesCsv } from './csv.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { cytoscapeJson, nodeLinkJson } from './json.js';
import { networkJsonLd } from './jsonld.js';
import { ExportParamsError, parseExportParams, type ExportRequest } from './params.js';
import { coreIds, streamEdges, streamNodes, unknownReferences } from './read.js';
import type { ExportFormat } from './types.js';

/** The stable export URLs: file name → format (the JSON one in the flavour asked for). */
export const EXPORT_FILES: Record<string, (request: ExportRequest) => ExportFormat> = {
  'network.gexf': () => gexf,
  'network.graphml': () => graphml,
  'network.json': (request) => (request.jsonFlavour === 'node-link' ? nodeLinkJson : cytoscapeJson),
  'network.jsonld': () => networkJsonLd,
  'nodes.csv': () => nodesCsv,
  'edges.csv': () => edgesCsv,
};

const CHUNK = 64 * 1024;

/**
 * Writes through a small buffer, waiting when the client reads slower than Neo4j answers; `gone` once it has left.
 * A large export pauses thousands of times: one 'drain' and one 'close' listener serve the response's whole life
 * (a pair a pause would pile up), and go when it closes.
 */
export class Output {
  private buffer = '';
  private closed = false;
  /** Ends the pause in progress, if any. */
  private resume: (() => void) | undefined;

  private readonly onDrain = (): void => {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  };

  private readonly onClose = (): void => {
    this.closed = true;
    this.response.off('drain', this.onDrain);
    this.response.off('close', this.onClose);
    this.onDrain();
  };

  constructor(private readonly response: ServerResponse) {
    response.on('drain', this.onDrain);
    response.on('close', this.onClose);
  }

  get gone(): boolean {
    return this.closed || this.response.destroyed;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk && !this.response.write(chunk) && !this.gone) {
      await new Promise<void>((resolve) => {
        this.resume = resolve;
      });
    }
  }
}

/**
 * `/export/<file>`: the selected network as a file, streamed from one read transaction (the driver fetches records
 * in batches as the client takes them), so a 100,000-actor export holds neither the graph in memory nor the
 * event loop. Public fields only: the queries read no contact detail; people only for animators, or with consent.
 */
export interface ExportRouteOptions {
  driver: Driver;
  database: string;
  timeoutMs: number;
  logger: Logger;
  /** Who asks: animators' exports hold everyone, the others' only what the public may see. */
  viewerOf: (authorization: string | undefined) => Promise<Viewer>;
  /** Exports streamed at once, the others waiting or refused (`BUSY`). */
  queue: WorkQueue;
}

interface ExportJob {
  file: string;
  request: ExportRequest;
  format: ExportFormat;
  audience: Audience;
}

/** Streams one export from one read transaction; refusals before the first byte are JSON with a code. */
async function streamExport({ driver, database, timeoutMs, logger }: ExportRouteOptions, job: ExportJob, req: Request, res: Response): Promise<void> {
  const { file, request, format, audience } = job;
  const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 2_000 });
  const tx = session.beginTransaction({ timeout: timeoutMs });
  const output = new Output(res);
  try {
    const unknown = await unknownReferences(tx, request.filter);
    if (unknown.length > 0) return refuse(res, 400, 'BAD_REQUEST', `Paramètres d'export invalides / invalid export parameters: ${unknown.join('; ')}`);
    const core = await coreIds(tx, request.filter, audience);
    const asOf = request.filter.asOf ?? null;
    const base = file.replace(/\.[^.]+$/, '');
    res.status(200);
    res.setHeader('Content-Type', format.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="maillage-${base}${asOf ? `-${asOf}` : ''}.${format.extension}"`);
    res.setHeader('Cache-Control', 'no-cache');
    await output.write(format.head({ asOf, generatedAt: new Date().toISOString() }));
    if (format.parts.nodes && format.node) {
      let index = 0;
      for await (const node of streamNodes(tx, request.filter, audience, { details: format.parts.details ?? false, core })) {
        if (output.gone) break;
        await output.write(format.node(node, index++));
      }
    }
    if (format.between) await output.write(format.between());
    if (format.parts.edges && format.edge && !output.gone) {
      let index = 0;
      for await (const edge of streamEdges(tx, request.filter, audience, core)) {
        if (output.gone) break;
        await output.write(format.edge(edge, index++));
      }
    }
    await output.write(format.tail());
    await output.flush();
    res.end();
  } catch (error) {
    if (!res.headersSent) {
      refuseFailure(req, res, error, { retryAfterSeconds: 5, what: 'export' });
    } else {
      // Half a file must not pass for a whole one: cut the connection, the client sees an error.
      logger.error({ err: error, file }, 'export failed while streaming');
      res.destroy();
    }
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

export function exportRoutes(options: ExportRouteOptions): Router {
  const router = Router();
  router.get('/export/:file', async (req, res) => {
    const file = req.params.file;
    const formatFor = EXPORT_FILES[file];
    if (!formatFor) {
      refuse(res, 404, 'NOT_FOUND', `Export inconnu / unknown export "${file}"; one of: ${Object.keys(EXPORT_FILES).join(', ')}`);
      return;
    }
    let request: ExportRequest;
    try {
      request = parseExportParams(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ExportParamsError) return refuse(res, 400, 'BAD_REQUEST', error.message);
      throw error;
    }
    // Linked data is for the open web: the public's version, whoever asks (no person without consent, even for animators).
    const audience = file === 'network.jsonld' ? 'public' : audienceOf(await options.viewerOf(req.headers.authorization));
    try {
      await options.queue.run(() => streamExport(options, { file, request, format: formatFor(request), audience }, req, res));
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      refuseFailure(req, res, error, { retryAfterSeconds: 5, what: 'export' });
    }
  });
  return router;
}
