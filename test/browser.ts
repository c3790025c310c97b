import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
// The flags that work on these machines: no sandbox as root, no GPU, no calls home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const SCREENSHOTS = join(import.meta.dirname, '..', '.artifacts', 'screenshots');

export interface OpenOptions {
  /** A phone (390 × 844, touch) rather than a desktop (1400 × 900). */
  phone?: boolean;
  /** As on a first visit: the reading guide not yet dismissed. By default tests start as returning visitors. */
  firstVisit?: boolean;
}

export const DESKTOP = { width: 1400, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The explorer has drawn its network (some nodes in Cytoscape). */
export async function networkDrawn(page: Page): Promise<void> {
  // A string, run in the page: this file is typed for Node, without the DOM's names.
  await page.waitForFunction('(window.__maillageCy?.nodes().length ?? 0) > 0');
}

/**
 * The network laid out (the explorer's `maillage:settled`), and its names chosen since: the name layer marks
 * `maillage:labelled` each time it chooses, and chooses at every layout's end.
 */
export async function namesReady(page: Page): Promise<void> {
  const mark = 'maillage:settled';
  // A string, run in the page: this file is typed for Node, without the DOM's names.
  await page.waitForFunction(`(() => {
    const settled = performance.getEntriesByName(${JSON.stringify(mark)}).at(-1);
    const labelled = performance.getEntriesByName('maillage:labelled').at(-1);
    return settled !== undefined && labelled !== undefined && labelled.startTime >= settled.startTime;
  })()`);
}

/** Chooses an option of the design system's select named `label` (a button that opens a list box), as a user would. */
export async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('listbox').getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/**
 * Types a day into the design system's date field named `label` (segments day, month, year, as in French), or
 * empties it when `iso` is ''.
 */
export async function typeDate(page: Page, scope: Page | Locator, label: string | RegExp, iso: string): Promise<void> {
  const segments = scope.getByRole('group', { name: label }).getByRole('spinbutton');
  if (iso === '') {
    await segments.last().click();
    for (let press = 0; press < 12; press += 1) await page.keyboard.press('Backspace');
    return;
  }
  const [year, month, day] = iso.split('-');
  await segments.first().click();
  await page.keyboard.type(`${day}${month}${year}`);
}

/** Signs an animator in from the explorer's top bar, once the network is drawn, and waits for their address. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  // A string, run in the page: this file is typed without the DOM.
  await page.waitForFunction('(window.__maillageCy?.nodes().length ?? 0) > 0');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const login = page.getByRole('dialog', { name: 'Connexion des animateurs' });
  await login.getByLabel('Adresse électronique').fill(email);
  await login.getByLabel('Mot de passe').fill(password);
  await login.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText(email).waitFor();
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Debian's Chromium, headless, for the file's tests; never a browser downloaded by a tool. */
export function testBrowser(): { open(url: string, options?: OpenOptions): Promise<OpenedPage>; screenshot(page: Page, name: string): Promise<void> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`testBrowser: ${CHROMIUM} is missing; install Debian's chromium (.ci/run does)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());
  return {
    async open(url, { phone = false, firstVisit = false } = {}) {
      if (!browser) throw new Error('testBrowser: the browser is not started yet (call inside a test)');
      const context = await browser.newContext({ viewport: phone ? PHONE : DESKTOP, hasTouch: phone, isMobile: phone, locale: 'fr-FR' });
      if (!firstVisit) {
        // A sandboxed frame (an embed) has no storage, and no guide either.
        await context.addInitScript({ content: "try { localStorage.setItem('maillage:howto-seen', 'test'); } catch {}" });
      }
      const page = await context.newPage();
      page.on('close', () => void context.close().catch(() => undefined)); // the browser may be closing already
      // A bound for a stuck page, not a wait: on a busy 2-core machine, Playwright's 30 s default was reached by
      // pages that were only slow (the vitest bound per test stays 90 s).
      page.setDefaultTimeout(60_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url);
      return { page, errors };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
  };
}
