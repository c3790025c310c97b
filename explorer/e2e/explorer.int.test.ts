import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testBrowser } from '../../test/browser.js';

// The real explorer (built by Vite, served by the API) on the real Neo4j, in Debian's Chromium. Other test files
// add and remove their own actors meanwhile, so these tests compare the page with itself, never with fixed totals.
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

interface CyNode { id: string; silo: string }

async function waitForNetwork(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __maillageCy?: { nodes(): { length: number } } }).__maillageCy;
    return cy !== undefined && cy.nodes().length > 0;
  });
}

function visibleNodes(page: Page): Promise<CyNode[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __maillageCy: { nodes(): { map<T>(f: (node: { id(): string; data(key: string): string }) => T): T[] } } }).__maillageCy;
    return cy.nodes().map((node) => ({ id: node.id(), silo: node.data('silo') }));
  });
}

async function totalActors(page: Page): Promise<number> {
  const text = await page.getByTestId('total-actors').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

describe('the explorer', () => {
  it('loads the network with no console error', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    const nodes = await visibleNodes(page);
    expect(nodes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(nodes.map((node) => node.silo))).toEqual(new Set(['PUBLIC', 'PRIVATE', 'POPULATION']));
    expect(await totalActors(page)).toBe(nodes.length);
    await browser.screenshot(page, 'explorer-network');
    expect(errors).toEqual([]);
  });

  it('filters by silo: the nodes and the counts change together', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    const before = await visibleNodes(page);
    await page.getByRole('checkbox', { name: /Privé/ }).uncheck();
    await page.waitForFunction((count) => {
      const cy = (window as unknown as { __maillageCy: { nodes(): { length: number } } }).__maillageCy;
      return cy.nodes().length < count;
    }, before.length);
    const after = await visibleNodes(page);
    expect(after.some((node) => node.silo === 'PRIVATE')).toBe(false);
    expect(after.length).toBe(before.filter((node) => node.silo !== 'PRIVATE').length);
    expect(await totalActors(page)).toBe(after.length);
    expect(new URL(page.url()).searchParams.get('silos')).toBe('PUBLIC,POPULATION');
    await browser.screenshot(page, 'explorer-filtered');
    expect(errors).toEqual([]);
  });

  it('opens an actor’s panel when its node is clicked', async () => {
    const { page } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { __maillageCy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement } }).__maillageCy;
      const position = cy.getElementById('scic-assiette-locale').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: "SCIC L'Assiette Locale" }).count()).toBe(1);
    expect(await page.getByText(/^Coopérations \(\d+\)$/).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('scic-assiette-locale');
    await browser.screenshot(page, 'explorer-detail');
  });

  it('finds an actor by search and centres on it', async () => {
    const { page } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    await page.getByRole('combobox', { name: 'Rechercher un acteur' }).fill('recyclerie berg');
    await page.getByRole('option', { name: /La Recyclerie Bergeracoise/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'La Recyclerie Bergeracoise' }).waitFor();
    const selected = await page.evaluate(() => {
      const cy = (window as unknown as { __maillageCy: { $(selector: string): { map<T>(f: (node: { id(): string }) => T): T[] } } }).__maillageCy;
      return cy.$('node:selected').map((node) => node.id());
    });
    expect(selected).toEqual(['recyclerie-bergerac']);
  });

  it('restores the same view from its URL after a reload', async () => {
    const { page, errors } = await browser.open(api.url('/?silos=PUBLIC,POPULATION&actor=commune-24037&lang=en'));
    await waitForNetwork(page);
    await page.reload();
    await waitForNetwork(page);
    expect(await page.getByRole('checkbox', { name: /Private/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Public/ }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Commune de Bergerac' }).waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).count()).toBe(1);
    expect((await visibleNodes(page)).some((node) => node.silo === 'PRIVATE')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('lists in the table view what the graph shows', async () => {
    const { page } = await browser.open(api.url('/?silos=PUBLIC'));
    await waitForNetwork(page);
    const shown = (await visibleNodes(page)).length;
    await page.getByRole('button', { name: 'Tableau' }).click();
    await page.getByRole('table').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(shown);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await browser.screenshot(page, 'explorer-table');
  });
});
