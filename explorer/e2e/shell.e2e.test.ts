import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { namesReady, testBrowser } from '../../test/browser.js';

// The app shell at a desktop's size and a phone's (390 × 844, touch): the network first, panels that fold away,
// names at first sight, pictures ready for a slide, and the screenshots of every page in both themes.
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

const labelled = (page: Page): Promise<void> => namesReady(page);

/** The share of the viewport the network's canvas covers, and whether anything scrolls sideways. */
function layoutFacts(page: Page): Promise<{ share: number; sideways: boolean }> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="network"]')!.getBoundingClientRect();
    const visible = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)) * Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
    return { share: visible / (window.innerWidth * window.innerHeight), sideways: document.documentElement.scrollWidth > window.innerWidth };
  });
}

/** The names drawn over the network, with their boxes on screen (the explorer's own test hook). */
function namedBoxes(page: Page): Promise<{ id: string; x1: number; y1: number; x2: number; y2: number }[]> {
  return page.evaluate(() => window.__maillageNames!().map((name) => ({ id: name.id, ...name.box })));
}

describe('the app shell', () => {
  it('gives the network most of a desktop screen and names the best connected actors, without overlap', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await labelled(page);
    const { share, sideways } = await layoutFacts(page);
    expect(share).toBeGreaterThan(0.6);
    expect(sideways).toBe(false);
    // Names are chosen again shortly after the view moves (a fit, a resize): at rest, none overlaps another.
    const overlapping = async (): Promise<string[]> => {
      const drawn = await namedBoxes(page);
      return drawn.flatMap((a, index) => drawn.slice(index + 1).filter((b) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1).map((b) => `${a.id} / ${b.id}`));
    };
    await expect.poll(overlapping, { timeout: 30_000 }).toEqual([]);
    const boxes = await namedBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(12);
    // The best connected are among them.
    const [hub] = await page.evaluate(() => window.__maillageCy!.nodes('[colour]').sort((a, b) => b.degree(false) - a.degree(false)).map((node) => node.id()));
    expect(boxes.map((box) => box.id)).toContain(hub);
    // The drawer closes and the network takes its room.
    await page.getByRole('button', { name: 'Fermer les filtres' }).click();
    await expect.poll(async () => (await layoutFacts(page)).share).toBeGreaterThan(share);
    expect(errors).toEqual([]);
  });

  it('names a selected actor and all its partners', async () => {
    const { page } = await browser.open(api.url('/?actor=recyclerie-bergerac'));
    await page.getByRole('heading', { level: 2, name: 'La Recyclerie Bergeracoise' }).waitFor();
    await expect.poll(() => page.evaluate(() => {
      const around = window.__maillageCy!.getElementById('recyclerie-bergerac').closedNeighborhood().nodes().map((node) => node.id());
      const named = new Set(window.__maillageNames!().map((name) => name.id));
      return around.every((id) => named.has(id));
    })).toBe(true);
  });

  it('fills a phone with the network; filters and the card rise as bottom sheets and go away again', async () => {
    const { page, errors } = await browser.open(api.url('/'), { phone: true });
    await labelled(page);
    const first = await layoutFacts(page);
    expect(first.share).toBeGreaterThan(0.75);
    expect(first.sideways).toBe(false);
    expect(await page.evaluate(() => window.__maillageNames!().length)).toBeGreaterThan(3);

    await page.getByRole('button', { name: /^Filtres/ }).tap();
    const drawer = page.getByRole('region', { name: 'Filtres' });
    await drawer.waitFor();
    const sheet = await drawer.boundingBox();
    expect(sheet!.y + sheet!.height).toBeGreaterThanOrEqual(843); // anchored to the bottom
    await page.getByRole('checkbox', { name: /Privé/ }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('silos')).toBe('PUBLIC,POPULATION');
    await page.getByRole('button', { name: 'Voir le réseau' }).tap();
    await drawer.waitFor({ state: 'detached' });

    // Every target of the shell is at least 44 px high.
    const small = await page.evaluate(() => [...document.querySelectorAll('.app-header button, .stage-toolbar button')]
      .filter((element) => element.getBoundingClientRect().height < 44).map((element) => element.textContent));
    expect(small).toEqual([]);

    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('radio', { name: 'Tableau' }).waitFor();
    await page.keyboard.press('Escape');

    await page.goto(api.url('/?actor=recyclerie-bergerac'));
    const card = page.getByRole('complementary', { name: 'La Recyclerie Bergeracoise' });
    await card.waitFor();
    const cardBox = await card.boundingBox();
    expect(cardBox!.y).toBeGreaterThan(300); // below the network, which keeps the top of the screen
    expect((await layoutFacts(page)).sideways).toBe(false);
    await page.getByRole('button', { name: 'Agrandir ou réduire le panneau' }).tap();
    await expect.poll(async () => (await card.boundingBox())!.y).toBeLessThan(cardBox!.y);
    await card.getByRole('button', { name: 'Fermer', exact: true }).tap();
    await card.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('exports a picture with its title, the filter in words, the legend, the date and the source', async () => {
    const { page } = await browser.open(api.url('/?territory=epci:200070647&silos=PUBLIC,POPULATION'));
    await labelled(page);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en SVG' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const svg = Buffer.concat(chunks).toString();
    expect(svg).toMatch(/<text x="[\d.-]+" y="[\d.-]+">[^<]+<\/text>/); // the names shown, in the picture too
    for (const words of ['Maillage — réseau de coopération', 'Territoire : CA Bergeracoise', 'Silos : Public, Population', 'Couleur : silo', 'Structure d', 'Fait le', 'Source : Maillage']) {
      expect(svg).toContain(words);
    }
  });

  it('prints the current view and its legend without the controls', async () => {
    const { page } = await browser.open(api.url('/'));
    await labelled(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => Object.fromEntries(['.drawer', '.header-tools', '.header-search', '[data-testid="network"]', '.legend']
      .map((selector) => [selector, getComputedStyle(document.querySelector(selector)!).display !== 'none'])));
    expect(shown).toEqual({ '.drawer': false, '.header-tools': false, '.header-search': false, '[data-testid="network"]': true, '.legend': true });
  });

  it('photographs every page at both sizes, in light and dark', async () => {
    const pages = [['explorer', '/'], ['explorer-gaps', '/?gaps=1'], ['explorer-card', '/?actor=recyclerie-bergerac'], ['explorer-table', '/?view=table'],
      ['declare', '/declare.html'], ['docs', '/docs.html'], ['embed', '/embed?territory=200070647&search=1&legend=1']] as const;
    for (const theme of ['light', 'dark'] as const) {
      for (const phone of [false, true]) {
        for (const [name, path] of pages) {
          const themed = name === 'embed' ? `${path}&theme=${theme}` : `${path}${path.includes('?') ? '&' : '?'}theme=${theme}`;
          const { page } = await browser.open(api.url(themed), { phone });
          if (name.startsWith('explorer') && name !== 'explorer-table') await labelled(page);
          else await page.waitForLoadState('networkidle');
          await browser.screenshot(page, `shell-${name}-${phone ? 'phone' : 'desktop'}-${theme}`);
          await page.close();
        }
      }
    }
  }, 240_000);
});
