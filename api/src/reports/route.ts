import { Router } from 'express';
import { audienceOf, type Viewer } from '../auth/index.js';
import { AnalyticsInputError } from '../analytics/engine/errors.js';
import type { AnalyticsService } from '../analytics/index.js';
import { refuse, refuseFailure } from '../http/refusals.js';
import type { Logger } from '../logger.js';
import type { WorkQueue } from '../work/queue.js';
import { parseReportParams, ReportParamsError, type ReportRequest } from './params.js';
import { PdfUnavailableError } from './pdf.js';
import { makeReport, reportPdf } from './report.js';

export interface ReportRouteOptions {
  analytics: AnalyticsService;
  viewerOf: (authorization: string | undefined) => Promise<Viewer>;
  /** Reports made at once (a PDF holds a Chromium), the others waiting or refused (`BUSY`). */
  queue: WorkQueue;
  chromium: string | undefined;
  logger: Logger;
}

// The page is self-contained: its own styles and SVG, no script, nothing fetched.
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * `/report.html` and `/report.pdf`: the steering-committee report for a selection and two days. Animators (by
 * their token) get every actor; everyone else the public version, without people who did not consent to be
 * published. Neither ever holds a contact detail: the analytics never read one.
 */
export function reportRoutes(options: ReportRouteOptions): Router {
  const router = Router();
  router.get(['/report.html', '/report.pdf'], async (req, res) => {
    const format = req.path.endsWith('.pdf') ? 'pdf' : 'html';
    let request: ReportRequest;
    try {
      request = parseReportParams(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ReportParamsError) return refuse(res, 400, 'BAD_REQUEST', error.message);
      throw error;
    }
    const audience = audienceOf(await options.viewerOf(req.headers.authorization));
    try {
      await options.queue.run(async () => {
        const made = await makeReport(options.analytics, request, audience);
        // An animators' version holds personal data: kept by no cache on the way.
        res.setHeader('Cache-Control', audience === 'animator' ? 'private, no-store' : 'no-cache');
        if (made.graphVersion) res.setHeader('X-Graph-Version', made.graphVersion);
        if (format === 'html') {
          res.setHeader('Content-Security-Policy', PAGE_POLICY);
          res.type('html').send(made.html);
          return;
        }
        const pdf = await reportPdf(made, request, options.chromium);
        res.setHeader('Content-Disposition', `attachment; filename="${made.fileName}.pdf"`);
        res.type('application/pdf').send(pdf);
      });
    } catch (error) {
      if (error instanceof AnalyticsInputError) return refuse(res, 400, 'BAD_REQUEST', error.message);
      if (error instanceof PdfUnavailableError) return refuse(res, 503, error.code, error.message);
      refuseFailure(req, res, error, { retryAfterSeconds: 10, what: 'report' });
    }
  });
  return router;
}
