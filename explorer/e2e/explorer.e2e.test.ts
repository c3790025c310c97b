import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { choose, testBrowser } from '../../test/browser.js';

// The real explorer (built by Vite, served by the API) on the real Neo4j, in Debian's Chromium. Other test files
// add and remove their own actors meanwhile, so these tests compare the page with itself, never with fixed totals.
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

interface CyNode { id: string; silo: string }

/** The network drawn and its layout done: nodes stay where a click aims. */
async function waitForNetwork(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) > 0 && performance.getEntriesByName('maillage:settled').length > 0);
}

function visibleNodes(page: Page): Promise<CyNode[]> {
  return page.evaluate(() => {
    const cy = window.__maillageCy!;
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
      const cy = window.__maillageCy!;
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
    // The layout is random and nodes may overlap: click one that nothing covers, as a user would aim.
    const target = await page.evaluate(() => {
      const cy = window.__maillageCy!;
      const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | undefined } }).renderer();
      const ids = ['scic-assiette-locale', ...cy.nodes('[colour]').map((node) => node.id())];
      const id = ids.find((candidate) => {
        const node = cy.getElementById(candidate);
        cy.center(node); // away from the legend's corner
        return renderer.findNearestElement(node.position().x, node.position().y, true, false)?.id() === candidate;
      })!;
      const node = cy.getElementById(id);
      cy.center(node);
      const position = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id, name: node.data('label') as string, x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: target.name }).count()).toBe(1);
    expect(await page.getByText(/^Coopérations \(\d+\)$/).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(target.id);
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
      const cy = window.__maillageCy!;
      return cy.$('node:selected').map((node) => node.id());
    });
    expect(selected).toEqual(['recyclerie-bergerac']);
  });

  it('restores the same view from its URL after a reload', async () => {
    const { page, errors } = await browser.open(api.url('/?silos=PUBLIC,POPULATION&actor=commune-24037&size=uniform&lang=en'));
    await waitForNetwork(page);
    await page.reload();
    await waitForNetwork(page);
    expect(await page.getByRole('checkbox', { name: /Private/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Public/ }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Commune de Bergerac' }).waitFor();
    expect(await page.getByRole('button', { name: 'Français' }).count()).toBe(1);
    expect((await visibleNodes(page)).some((node) => node.silo === 'PRIVATE')).toBe(false);
    expect(await page.getByRole('button', { name: /Node size/ }).textContent()).toContain('All alike');
    const sizes = await page.evaluate(() => {
      const cy = window.__maillageCy!;
      return [...new Set(cy.nodes().map((node) => node.data('size')))];
    });
    expect(sizes).toEqual([24]);
    expect(errors).toEqual([]);
  });

  it('lists in the table view what the graph shows', async () => {
    const { page } = await browser.open(api.url('/?silos=PUBLIC'));
    await waitForNetwork(page);
    const shown = (await visibleNodes(page)).length;
    await page.getByRole('radio', { name: 'Tableau' }).click();
    await page.getByRole('table').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(shown);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await browser.screenshot(page, 'explorer-table');
  });

  it('lets an animator find one EPCI’s actors in one sector, their cross-silo partners, and share the view', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    await choose(page, page, /Territoire$/, /^CA Bergeracoise/);
    await choose(page, page, /Secteur$/, /^Alimentation/);
    await page.getByRole('checkbox', { name: 'Montrer aussi leurs partenaires' }).check();
    await page.getByRole('checkbox', { name: 'Seulement les liens entre silos' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('cross')).toBe('1');
    const shared = page.url();
    const shownBefore = (await visibleNodes(page)).map((node) => node.id).sort();
    expect(shownBefore).toContain('scic-assiette-locale'); // in Bergerac, food sector
    const silos = new Map((await visibleNodes(page)).map((node) => [node.id, node.silo]));
    const edges = await page.evaluate(() => {
      const cy = window.__maillageCy!;
      return cy.edges().map((edge) => [edge.data('source'), edge.data('target')] as const);
    });
    expect(edges.length).toBeGreaterThan(0);
    for (const [source, target] of edges) expect(silos.get(source)).not.toBe(silos.get(target));
    await browser.screenshot(page, 'explorer-epci-sector-partners');

    const again = await browser.open(shared);
    await waitForNetwork(again.page);
    expect((await visibleNodes(again.page)).map((node) => node.id).sort()).toEqual(shownBefore);
    expect(await again.page.getByRole('button', { name: /Territoire$/ }).textContent()).toContain('CA Bergeracoise');
    expect([...errors, ...again.errors]).toEqual([]);
  });

  it('focuses on an actor’s neighbourhood from its panel', async () => {
    const { page } = await browser.open(api.url('/?actor=scic-assiette-locale'));
    await waitForNetwork(page);
    const all = (await visibleNodes(page)).length;
    await page.getByRole('button', { name: 'Voisinage direct' }).click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('scic-assiette-locale');
    await page.getByRole('status').filter({ hasText: 'Vue centrée sur' }).waitFor();
  });

  it('draws every layout with no error, the map and the territory groups included', async () => {
    for (const layout of ['silo', 'sector', 'territory', 'geo']) {
      const { page, errors } = await browser.open(api.url(`/?layout=${layout}`));
      await waitForNetwork(page);
      const groups = await page.evaluate(() => {
        const cy = window.__maillageCy!;
        return cy.nodes('.group').length;
      });
      expect(groups > 0).toBe(layout !== 'geo');
      await browser.screenshot(page, `explorer-layout-${layout}`);
      expect(errors).toEqual([]);
    }
  });

  it("places the actors where the API's forces put them, keeps their places when filtering, and refines on demand", async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    const positions = (): Promise<Record<string, { x: number; y: number }>> => page.evaluate(() =>
      Object.fromEntries(window.__maillageCy!.nodes().map((node) => [node.id(), node.position()])));
    const served = await positions();
    // The API sends whole numbers; forces run in the browser would leave fractions everywhere.
    expect(Object.values(served).every(({ x, y }) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
    expect(new Set(Object.values(served).map(({ x, y }) => `${x},${y}`)).size).toBe(Object.keys(served).length);

    await page.getByRole('checkbox', { name: /Privé/ }).uncheck();
    await page.waitForFunction((count) => window.__maillageCy!.nodes().length < count, Object.keys(served).length);
    const filtered = await positions();
    for (const [id, place] of Object.entries(filtered)) expect(place).toEqual(served[id]);

    const settled = await page.evaluate(() => performance.getEntriesByName('maillage:settled').length);
    await page.getByRole('button', { name: 'Affiner la disposition de cette sélection' }).click();
    await page.waitForFunction((count) => performance.getEntriesByName('maillage:settled').length > count, settled);
    const refined = await positions();
    expect(Object.entries(refined).some(([id, place]) => place.x !== filtered[id]!.x || place.y !== filtered[id]!.y)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps the WebGL renderer only if it keeps up, else draws on the canvas', async () => {
    const { page, errors } = await browser.open(api.url('/?renderer=webgl'));
    await page.waitForFunction(() => performance.getEntriesByName('maillage:renderer-probed').length > 0);
    const rate = await page.evaluate(() => (performance.getEntriesByName('maillage:renderer-probed')[0] as PerformanceMark).detail.framesPerSecond as number);
    // Software WebGL (these machines have no GPU) falls back; a real GPU may keep it: the rule is checked either way.
    if (rate < 30) await page.waitForFunction(() => !new URL(location.href).searchParams.has('renderer'));
    else expect(new URL(page.url()).searchParams.get('renderer')).toBe('webgl');
    await waitForNetwork(page);
    expect(await page.evaluate(() => window.__maillageCy!.nodes().length)).toBeGreaterThanOrEqual(150);
    expect(errors).toEqual([]);
  });

  it('exports the view as PNG and SVG files', async () => {
    const { page } = await browser.open(api.url('/'));
    await waitForNetwork(page);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    for (const [button, name] of [['Exporter en PNG', 'maillage-reseau.png'], ['Exporter en SVG', 'maillage-reseau.svg']] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(file.suggestedFilename()).toBe(name);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const content = Buffer.concat(chunks);
      if (name.endsWith('.png')) expect(content.subarray(1, 4).toString()).toBe('PNG');
      else expect(content.toString()).toMatch(/<svg[\s\S]*<\/svg>/);
    }
  });

  it('downloads the data of the view, with its filters, for Gephi', async () => {
    const { page } = await browser.open(api.url('/?territory=epci:200070647&silos=PUBLIC'));
    await waitForNetwork(page);
    const shown = (await visibleNodes(page)).length;
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'GEXF (Gephi)' }).click()]);
    expect(file.suggestedFilename()).toBe('maillage-network.gexf');
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    expect(text.match(/<node /g)).toHaveLength(shown);
    expect(text).not.toMatch(/PRIVATE|POPULATION/);
  });
});
