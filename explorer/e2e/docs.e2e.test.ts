import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testBrowser } from '../../test/browser.js';

// The researchers' pages, served by the API from the Vite build: the documentation and the GraphQL editor,
// everything from the same origin (no CDN).
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

describe('the researchers’ pages', () => {
  it('open an example from the documentation in GraphiQL and run it, all from this server', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(api.url('')) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    await page.getByRole('button', { name: 'Plus d’actions' }).click();
    await page.getByRole('link', { name: 'API et données' }).click();
    await page.getByRole('heading', { name: 'Dix requêtes commentées' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(10);
    await browser.screenshot(page, 'docs');
    const example = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Qui offre du foncier/ }) });
    await example.getByRole('link', { name: "Essayer dans l'éditeur" }).click();
    await page.waitForURL(/graphiql\.html\?query=/);
    // Under load GraphiQL may still be setting its editors up when asked to run: ask again until an answer shows.
    // CodeMirror draws only the lines in view: the first resource, by name, is enough.
    const result = page.locator('.result-window');
    await expect.poll(async () => {
      const text = await result.textContent();
      if (!text?.includes('"data"')) await page.locator('.graphiql-execute-button').click();
      return text;
    }, { timeout: 30_000, interval: 1_000 }).toMatch(/"resources"[\s\S]*"offeredBy"/);
    await browser.screenshot(page, 'graphiql');
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});
