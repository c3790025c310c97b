import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { seriousViolations } from '../../test/axe.js';
import { namesReady, testBrowser } from '../../test/browser.js';

// RGAA's bar (WCAG 2.1 AA) checked by axe-core in Chromium, on every page and its main states, at both sizes.
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

const settled = (page: Page): Promise<void> => namesReady(page);

const PAGES: { name: string; path: string; ready(page: Page): Promise<unknown> }[] = [
  { name: 'explorer', path: '/', ready: settled },
  { name: 'explorer-gaps', path: '/?gaps=1', ready: (page) => page.getByRole('heading', { name: 'Liens entre silos' }).waitFor() },
  { name: 'explorer-card', path: '/?actor=recyclerie-bergerac', ready: (page) => page.getByRole('heading', { level: 2, name: 'La Recyclerie Bergeracoise' }).waitFor() },
  { name: 'explorer-table', path: '/?view=table', ready: (page) => page.getByRole('table').waitFor() },
  { name: 'explorer-dark', path: '/?theme=dark&gaps=1', ready: (page) => page.getByRole('heading', { name: 'Liens entre silos' }).waitFor() },
  { name: 'declare', path: '/declare.html', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'docs', path: '/docs.html', ready: (page) => page.getByRole('heading', { name: 'Dix requêtes commentées' }).waitFor() },
  { name: 'embed', path: '/embed?territory=200070647&search=1&table=1', ready: (page) => page.waitForFunction(() => performance.getEntriesByName('maillage:embed-rendered').length > 0) },
  { name: 'embed-dark', path: '/embed?territory=200070647&theme=dark&legend=1', ready: (page) => page.waitForFunction(() => performance.getEntriesByName('maillage:embed-rendered').length > 0) },
];

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const phone of [false, true]) {
    it(`finds no serious or critical violation on any page, ${phone ? 'on a phone' : 'on a desktop'}`, async () => {
      const found: Record<string, unknown> = {};
      for (const { name, path, ready } of PAGES) {
        const { page } = await browser.open(api.url(path), { phone });
        await ready(page);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[name] = violations;
        await page.close();
      }
      expect(found).toEqual({});
    }, 240_000);
  }

  it('opens the first visit with the reading guide, which names itself and closes from the keyboard', async () => {
    const { page } = await browser.open(api.url('/'), { firstVisit: true });
    const guide = page.getByRole('region', { name: 'Comment lire ce réseau' });
    await guide.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
    await page.reload();
    await settled(page);
    expect(await guide.count()).toBe(0); // dismissed once, not again
    await page.getByRole('button', { name: 'Comment lire ce réseau' }).click();
    await guide.waitFor();
  });
});
