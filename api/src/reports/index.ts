export { reportRoutes, type ReportRouteOptions } from './route.js';
export { makeReport, reportPdf, type MadeReport } from './report.js';
export { parseReportParams, reportCommand, ReportParamsError, type ReportRequest } from './params.js';
export { findChromium, PdfUnavailableError } from './pdf.js';
export type { ReportFigures } from './figures/figures.js';
