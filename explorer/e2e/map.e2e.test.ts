import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testBrowser } from '../../test/browser.js';

// The geographic layout on a real basemap (MapLibre GL, WebGL in Chromium's software renderer): here with its local
// style, as on any machine with no network, and with a configured style that does not answer.
const api = testApi();
const browser = testBrowser();

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
});

async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('maillage:map-idle').length > 0 && performance.getEntriesByName('maillage:labelled').length > 0);
}

describe('the map', () => {
  it('draws the network on a basemap, in step with it as the network moves, and says the basemap is local', async () => {
    const config = await (await fetch(api.url('/map/config.json'))).json();
    expect(config).toEqual({ styleUrl: null });
    const { page, errors } = await browser.open(api.url('/?layout=geo'));
    await mapReady(page);
    expect(await page.getByTestId('basemap').getAttribute('data-basemap')).toBe('local');
    await page.getByRole('status').filter({ hasText: 'Fond de carte local' }).waitFor();
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);

    // A place under a pixel stays under it when the network is panned and zoomed: the map follows.
    const drift = await page.evaluate(async () => {
      const cy = window.__maillageCy!;
      const map = window.__maillageMap!;
      const at = { x: cy.width() / 3, y: cy.height() / 3 };
      const place = map.unproject([at.x, at.y]);
      cy.panBy({ x: 120, y: -40 });
      cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = map.project(place);
      // Where Cytoscape now draws the model point that was under `at`:
      return { map: now, expected: { x: cy.width() / 2 + (at.x + 120 - cy.width() / 2) * 1.5, y: cy.height() / 2 + (at.y - 40 - cy.height() / 2) * 1.5 } };
    });
    expect(Math.abs(drift.map.x - drift.expected.x)).toBeLessThan(2);
    expect(Math.abs(drift.map.y - drift.expected.y)).toBeLessThan(2);

    // Bodies with no place on the map (a département, a région) are listed beside it, not drawn in a row.
    const unplaced = page.getByRole('region', { name: /^Sans position sur la carte/ });
    await unplaced.getByRole('button', { name: /^Sans position sur la carte/ }).click();
    const first = unplaced.getByRole('listitem').first().getByRole('button');
    const name = await first.textContent();
    expect(await page.evaluate((label) => window.__maillageCy!.nodes().filter((node) => node.data('label') === label).length, name)).toBe(0);
    await first.click();
    await page.getByRole('heading', { level: 2, name: name! }).waitFor();
    await browser.screenshot(page, 'map-local');
    expect(errors).toEqual([]);
  });

  it('falls back to the local style, and says so, when the configured basemap does not answer', async () => {
    const { page } = await browser.open('about:blank');
    await page.route('**/map/config.json', (route) => route.fulfill({ json: { styleUrl: 'http://127.0.0.1:9/style.json' } }));
    await page.goto(api.url('/?layout=geo&theme=dark'));
    await page.getByRole('status').filter({ hasText: 'le fond configuré ne répond pas' }).waitFor();
    await mapReady(page);
    expect(await page.getByTestId('basemap').getAttribute('data-basemap')).toBe('unreachable');
    await browser.screenshot(page, 'map-unreachable-dark');
  });

  it('draws the same basemap under an embed’s map, within the embed’s content policy', async () => {
    const { page, errors } = await browser.open(api.url('/embed?territory=200070647&layout=geo'));
    await page.waitForFunction(() => performance.getEntriesByName('maillage:map-idle').length > 0);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    await page.getByText('Fond de carte local (aucun fond en ligne configuré).').waitFor();
    await browser.screenshot(page, 'map-embed');
    expect(errors).toEqual([]);
  });
});
