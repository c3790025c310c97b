import { chromium } from 'playwright-core';
const base = process.env.BASE!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [name, viewport] of [['desktop', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  const page = await browser.newPage({ viewport, locale: 'fr-FR' });
  await page.goto(`${base}/?actor=personne-maraichere`);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/exp/shots/${name}-public.png` });
  await page.getByRole('button', { name: 'Se connecter' }).first().click().catch(() => undefined);
  const login = page.getByRole('dialog', { name: 'Connexion des animateurs' });
  await login.getByLabel('Adresse électronique').fill('animatrice@example.org');
  await login.getByLabel('Mot de passe').fill('un mot de passe assez long');
  await login.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForTimeout(4000);
  await page.goto(`${base}/?actor=personne-maraichere`);
  await page.waitForTimeout(4000);
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  await page.waitForTimeout(1500);
  const legend = page.getByText('Accord de publication');
  await legend.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/exp/shots/${name}-person-form.png` });
  await page.close();
}
await browser.close();
