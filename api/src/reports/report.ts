import { reportTranslator } from '@maillage/schema/vocabulary';
import type { AnalyticsService } from '../analytics/index.js';
import type { Audience } from '../analytics/projection/audience.js';
import { reportHtml } from './document/html.js';
import { reportCommand, type ReportRequest } from './params.js';
import { printPdf } from './pdf.js';

export interface MadeReport {
  html: string;
  graphVersion: string | null;
  /** A file name that says what it holds: maillage-rapport-2025-01-01-2025-12-31.pdf */
  fileName: string;
}

/** The report's HTML page: its figures from the analytics (one graph version), as `audience` may see them. */
export async function makeReport(analytics: AnalyticsService, request: ReportRequest, audience: Audience, madeAt = new Date()): Promise<MadeReport> {
  const { filter, from, to, lang } = request;
  const { result: figures, graphVersion } = await analytics.queryWithVersion('report', { filter, from, to }, audience);
  const html = await reportHtml({ figures, graphVersion, audience, lang, madeAt: madeAt.toISOString(), command: reportCommand(request) });
  const name = lang === 'fr' ? 'rapport' : 'report';
  return { html, graphVersion, fileName: `maillage-${name}-${from}-${to}${audience === 'animator' ? '-animateurs' : ''}` };
}

/** The same report as a PDF, printed by headless Chromium. */
export async function reportPdf(made: MadeReport, request: ReportRequest, chromium: string | undefined): Promise<Buffer> {
  const t = reportTranslator(request.lang);
  return printPdf(made.html, { chromium, footer: `${t.t('report.title')} · ${request.from} → ${request.to} · ${made.graphVersion ?? ''}` });
}
