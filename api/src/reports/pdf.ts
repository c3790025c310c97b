import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The flags headless Chromium needs in a container or a CI machine, and nothing that calls home. */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Where Chromium is looked for when `CHROMIUM_PATH` is not set: Debian's and Alpine's packages. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export class PdfUnavailableError extends Error {
  readonly code = 'PDF_UNAVAILABLE';
  constructor(path: string | undefined) {
    super(`PDF indisponible : Chromium est introuvable (${path ?? CHROMIUM_CANDIDATES.join(', ')}) ; réglez CHROMIUM_PATH, ou prenez la page HTML. `
      + `/ PDF unavailable: Chromium not found (${path ?? CHROMIUM_CANDIDATES.join(', ')}); set CHROMIUM_PATH, or take the HTML page.`);
    this.name = 'PdfUnavailableError';
  }
}

/** The Chromium to print with: the configured one, else the first installed candidate; none is ever downloaded. */
export function findChromium(configured: string | undefined): string | null {
  if (configured) return existsSync(configured) ? configured : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Prints a report page to an A4 PDF with headless Chromium (playwright-core drives the installed browser): the
 * same HTML the page shows, a tagged PDF with an outline, page numbers at the foot. One browser per report: a
 * report is rare, and a browser left running would hold memory for nothing.
 */
export async function printPdf(html: string, options: { chromium: string | undefined; footer: string }): Promise<Buffer> {
  const executablePath = findChromium(options.chromium);
  if (!executablePath) throw new PdfUnavailableError(options.chromium);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // The page is self-contained: nothing to fetch, so nothing is let out.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font: 8px system-ui, sans-serif; color: #55554f; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
        + `<span>${options.footer.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
