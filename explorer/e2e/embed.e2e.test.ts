import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { choose, testBrowser } from '../../test/browser.js';

// A collectivity's page on another origin embeds Maillage twice, as an iframe and as the web component; the
// responses Maillage sends are read whole, so that no personal data can hide off screen.
const api = testApi();
const browser = testBrowser();
const seed = grandBergeracois();
const personal = [
  ...seed.actors.filter((actor) => actor.kind === 'PERSON' && !actor.publicationConsent).flatMap((actor) => [actor.id, actor.name]),
  ...seed.actors.flatMap((actor) => [actor.contactName, actor.contactEmail, actor.contactPhone]).filter((value): value is string => Boolean(value)),
];
let host: Server;
let hostUrl = '';

beforeAll(async () => {
  await loadDataset(api.driver, seed);
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site de la CA Bergeracoise</title></head><body>
      <h1>Notre réseau de coopération</h1>
      <iframe id="maillage" src="${api.url('/embed?territory=200070647&theme=dark&accent=cc79a7&legend=1')}" width="900" height="640" style="border:0" title="Réseau de coopération"></iframe>
      <script type="module" src="${api.url('/embed/widget.js')}"></script>
      <maillage-network territory="24037" lang="en" height="300" search="1"></maillage-network>
    </body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function embedFrame(page: Page, part: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes(part)), { timeout: 30_000 }).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes(part))!;
  await frame.waitForFunction(() => (window.__maillageEmbed?.nodes().length ?? 0) > 0);
  return frame;
}

describe('the embed, on a collectivity’s site', () => {
  it('renders as an iframe and as the web component, themed, with no personal data in any response', async () => {
    const bodies: string[] = [];
    const { page, errors } = await browser.open('about:blank');
    page.on('response', (response) => {
      if (response.url().startsWith(api.url(''))) void response.text().then((text) => bodies.push(text), () => undefined);
    });
    await page.goto(hostUrl);
    const iframe = await embedFrame(page, 'territory=200070647');
    expect(await iframe.evaluate(() => document.body.className)).toBe('theme-dark');
    expect(await iframe.evaluate(() => getComputedStyle(document.body).getPropertyValue('--accent').trim())).toBe('#cc79a7');
    expect(await iframe.evaluate(() => document.documentElement.lang)).toBe('fr');
    const component = await embedFrame(page, 'territory=24037');
    expect(await component.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await component.locator('input[type=search]').count()).toBe(1);
    await browser.screenshot(page, 'embed-on-host-page');
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) for (const value of personal) expect(body.includes(value), value).toBe(false);
    expect(errors).toEqual([]);
  });

  it('finds an actor with the embed’s search', async () => {
    const { page } = await browser.open(api.url('/embed?territory=200070647&search=1'));
    await page.waitForFunction(() => (window.__maillageEmbed?.nodes().length ?? 0) > 0);
    await page.getByLabel('Chercher un acteur').fill("SCIC L'Assiette Locale");
    await page.getByLabel('Chercher un acteur').press('Enter');
    await page.getByLabel('Chercher un acteur').blur();
    await expect.poll(() => page.evaluate(() => window.__maillageEmbed!.$('node:selected').map((node) => node.id()))).toEqual(['scic-assiette-locale']);
  });

  it('is made from the explorer: the dialog previews the current view and gives its code', async () => {
    const { page, errors } = await browser.open(api.url('/?territory=epci:200070647'));
    await page.waitForFunction(() => (window.__maillageCy?.nodes().length ?? 0) > 0);
    await page.getByRole('button', { name: 'Intégrer cette vue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue dans un site' });
    await choose(page, dialog, /Thème$/, 'Sombre');
    const preview = await embedFrame(page, 'theme=dark');
    expect(await preview.evaluate(() => document.body.className)).toBe('theme-dark');
    expect(await dialog.getByRole('textbox', { name: 'Code iframe à copier' }).inputValue()).toContain('/embed?territory=200070647&amp;theme=dark');
    await browser.screenshot(page, 'explorer-embed-dialog');
    expect(errors).toEqual([]);
  });
});
