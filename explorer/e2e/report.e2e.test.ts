import { readFile } from 'node:fs/promises';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../api/src/accounts/index.js';
import { testApi } from '../../test/api.js';
import { seriousViolations } from '../../test/axe.js';
import { signIn, testBrowser, typeDate } from '../../test/browser.js';
import { testIds } from '../../test/neo4j.js';
import { pdfText } from '../../test/pdf.js';

// The steering-committee report from the explorer: an animator signs in, asks for a period's report of the seed
// and downloads the PDF (every person, no contact); a visitor gets the page's public version.
const api = testApi();
const browser = testBrowser();
const ids = testIds(api.driver, 'e2e-report');
const EMAIL = `${ids.prefix}animatrice@example.org`;
const PASSWORD = 'une phrase de passe assez longue';

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await createAccount(api.driver, 'neo4j', { email: EMAIL, password: PASSWORD, roles: ['animator'] });
}, 60_000);

describe('the report, from the explorer', () => {
  it('an animator makes one for a period and downloads its PDF', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await signIn(page, EMAIL, PASSWORD);

    await page.getByRole('button', { name: 'Rapport', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rapport au comité de pilotage' });
    await typeDate(page, dialog, 'Du', '2026-01-01');
    await typeDate(page, dialog, 'Au', '2025-12-31');
    await dialog.getByRole('alert').filter({ hasText: 'La première date doit précéder la seconde.' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Télécharger le PDF' }).isDisabled()).toBe(true);
    await typeDate(page, dialog, 'Du', '2024-01-01');
    await dialog.getByText('Version animateurs').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, 'explorer-report-dialog');

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Télécharger le PDF' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('maillage-rapport-2024-01-01-2025-12-31-animateurs.pdf');
    const { text } = await pdfText(new Uint8Array(await readFile((await file.path())!)));
    expect(text).toContain('Rapport au comité de pilotage');
    expect(text).toContain('du 1 janv. 2024 au 31 déc. 2025');
    expect(text).toContain('Version animateurs');
    for (const actor of grandBergeracois().actors) {
      for (const contact of [actor.contactEmail, actor.contactPhone]) if (contact) expect(text).not.toContain(contact);
    }
    expect(errors).toEqual([]);
  });

  it('a visitor opens the public page, on a phone too', async () => {
    const { page } = await browser.open(api.url('/'), { phone: true });
    await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) > 0);
    await page.getByRole('button', { name: 'Exporter' }).click();
    await page.getByRole('button', { name: 'Rapport', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rapport au comité de pilotage' });
    await dialog.getByText(/^Version publique : sans personne/).waitFor();
    await browser.screenshot(page, 'explorer-report-dialog-phone');
    const href = await dialog.getByRole('link', { name: 'Ouvrir la page' }).getAttribute('href');
    expect(href).toMatch(/^\/report\.html\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    await page.goto(api.url(href!));
    await page.getByRole('heading', { name: 'Rapport au comité de pilotage' }).waitFor();
    await page.getByText('Version publique : aucune personne sans accord de publication').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, 'report-page-phone');
  });
});
