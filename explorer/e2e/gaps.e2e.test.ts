import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { networkDrawn, testBrowser } from '../../test/browser.js';

// The Gaps panel in Chromium, on the real API and Neo4j. Other test files add actors meanwhile, never in a seed
// territory: the views here keep to the CA Bergeracoise so that what they show is the seed's.
const api = testApi();
const browser = testBrowser();
const EPCI = 'epci:200070647';

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__maillageCy!.nodes('.highlighted').map((node) => node.id()).sort());
}

describe('the Gaps panel', () => {
  it('lists the gaps of one EPCI with their reasons, and lights them up on the network', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}`));
    await networkDrawn(page);
    await page.getByRole('button', { name: 'Manques', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Manques de coopération' });
    await panel.getByRole('table', { name: /Liens entre silos/ }).waitFor();
    expect(await panel.getByRole('heading', { name: /^Secteurs cloisonnés \(\d+\)$/ }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: /^Coopérations à proposer/ }).count()).toBe(1);
    expect(await panel.getByText(/Relierait les silos/).count()).toBeGreaterThan(0);

    const isolated = panel.getByRole('region', { name: /^Acteurs isolés/ });
    const count = Number((await isolated.getByRole('heading').textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(0);
    await isolated.getByRole('button', { name: 'Voir sur le réseau' }).click();
    await expect.poll(() => highlighted(page)).toHaveLength(count);
    const lit = await highlighted(page);
    const degrees = await page.evaluate((ids) => ids.map((id) => window.__maillageCy!.getElementById(id).degree(false)), lit);
    expect(degrees.every((degree) => degree === 0)).toBe(true);
    expect(new URL(page.url()).searchParams.get('gap')).toBe('isolated');
    await page.getByRole('status').filter({ hasText: 'Mis en évidence sur le réseau' }).waitFor();
    await browser.screenshot(page, 'explorer-gaps-isolated');

    const sectors = panel.getByRole('region', { name: /^Secteurs cloisonnés/ });
    await sectors.getByRole('button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gap')).toMatch(/^sector:/);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(1);
    await browser.screenshot(page, 'explorer-gaps-sector');
    expect(errors).toEqual([]);
  });

  it('restores the gap lit up from the URL, in English', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}&gaps=1&gap=brokers&lang=en`));
    await networkDrawn(page);
    const panel = page.getByRole('complementary', { name: 'Cooperation gaps' });
    await panel.getByRole('heading', { name: /^Brokers and bridges/ }).waitFor();
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
    const edges = await page.evaluate(() => window.__maillageCy!.edges('.highlighted').length);
    expect(edges).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('suggests cooperations for the selected actor, with reasons, never a person', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}&actor=scic-assiette-locale`));
    await networkDrawn(page);
    const section = page.getByRole('region', { name: 'Coopérations à proposer' });
    await section.locator('ol > li').first().waitFor();
    expect(await section.locator('ol > li').count()).toBeGreaterThan(0);
    expect(await section.locator('.reasons li').count()).toBeGreaterThan(0);
    await browser.screenshot(page, 'explorer-suggestions');
    expect(errors).toEqual([]);
  });

  it('sizes nodes by betweenness when asked', async () => {
    const { page, errors } = await browser.open(api.url(`/?territory=${EPCI}&size=betweenness`));
    await networkDrawn(page);
    await expect.poll(() => page.evaluate(() => new Set(window.__maillageCy!.nodes().map((node) => node.data('size'))).size)).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
