import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { seriousViolations } from '../../test/axe.js';
import { choose, networkDrawn, testBrowser } from '../../test/browser.js';

// Fragile points in Chromium, on the real API and Neo4j: the cut points and their what-if, the network greyed where
// it would fall away, and the k-core filter. The views keep to the CA Bergeracoise (the seed's only, as in gaps).
const api = testApi();
const browser = testBrowser();
const EPCI = 'epci:200070647';

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

const gone = (page: Page): Promise<string[]> => page.evaluate(() => window.__maillageCy!.nodes('.gone').map((node) => node.id()).sort());

describe('fragile points in the explorer', () => {
  it('lists the cut points, and shows on the network what one’s departure would take away', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}&gaps=1`));
    await networkDrawn(page);
    const panel = page.getByRole('complementary', { name: 'Manques de coopération' });
    const fragile = panel.getByRole('region', { name: /^Points de fragilité \(\d+\)$/ });
    await fragile.waitFor();
    await panel.getByText(/Couverture : \d/).waitFor();
    const first = fragile.locator('ol > li').first();
    const name = (await first.getByRole('button').first().textContent())!;
    const cutOff = Number((await first.textContent())!.match(/en couperait (\d+)/)![1]);
    await first.getByRole('button', { name: /^Et si… \?/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gap')).toMatch(/^without:/);
    const whatIf = panel.getByRole('region', { name: `Et si ${name} partait ?` });
    await whatIf.getByText(/acteurs? serai(en)?t coupés? du reste du réseau/).waitFor();
    expect(await whatIf.getByRole('heading', { name: `Coupés du reste (${cutOff})` }).count()).toBe(1);
    // The one who leaves and those it cuts off, greyed.
    await expect.poll(async () => (await gone(page)).length).toBe(cutOff + 1);
    expect(await page.evaluate(() => window.__maillageCy!.edges('.gone').length)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, 'explorer-what-if');
    await whatIf.getByRole('button', { name: 'Fermer l’hypothèse' }).click();
    await expect.poll(() => gone(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks "what if this actor left?" from its card, on a phone', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}&actor=scic-assiette-locale`), { phone: true });
    await networkDrawn(page);
    await page.getByRole('button', { name: 'Et si cet acteur partait ?' }).click();
    const whatIf = page.getByRole('region', { name: /^Et si .* partait \?$/ });
    await whatIf.getByText(/du reste du réseau/).waitFor();
    expect(new URL(page.url()).searchParams.get('gap')).toBe('without:scic-assiette-locale');
    expect(await seriousViolations(page)).toEqual([]);
    await browser.screenshot(page, 'explorer-what-if-phone');
    expect(errors).toEqual([]);
  });

  it('keeps only the core of the network with the filter, each actor with k partners or more within it', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}`));
    await networkDrawn(page);
    const all = await page.evaluate(() => window.__maillageCy!.nodes().length);
    await choose(page, page, /Cœur du réseau/, /^au moins 2 partenaires/);
    await expect.poll(() => new URL(page.url()).searchParams.get('minCore')).toBe('2');
    await expect.poll(() => page.evaluate(() => window.__maillageCy!.nodes().length)).toBeLessThan(all);
    const degrees = await page.evaluate(() => window.__maillageCy!.nodes().map((node) => new Set(node.neighborhood('node').map((n) => n.id())).size));
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
