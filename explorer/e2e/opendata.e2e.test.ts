import { randomInt } from 'node:crypto';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../api/src/accounts/index.js';
import { testApi } from '../../test/api.js';
import { choose, signIn, testBrowser } from '../../test/browser.js';
import { testIds } from '../../test/neo4j.js';

// Keeping the graph clean, from the explorer: a SIRENE extract checked in the Import dialog, the desk's likely
// duplicates, a change undone from an actor's history, two records merged and the merge undone, and the desk's
// "À revoir" list. Everything in a commune of this file's own.
const api = testApi();
const browser = testBrowser();
const ids = testIds(api.driver, 'e2e-opendata');
const EMAIL = `${ids.prefix}animateur@example.org`;
const PASSWORD = 'une phrase de passe assez longue';
const CODE = `7${randomInt(1000, 9999)}`;
const commune = `commune:${CODE}`;
const WORD = `Quelconque${randomInt(10_000, 99_999)}`;

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await createAccount(api.driver, 'neo4j', { email: EMAIL, password: PASSWORD, roles: ['animator'] });
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $commune, code: $code, name: 'Commune de recette e2e', level: 'COMMUNE', location: point({latitude: 44.6, longitude: 0.6})})
     WITH t UNWIND $actors AS row
     CREATE (a:Actor {id: row.id, name: row.name, silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true, website: row.website, createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { commune, code: CODE, actors: [
      { id: ids.id('one'), name: `Atelier ${WORD}`, website: 'https://atelier.example.org' },
      { id: ids.id('two'), name: `ATELIER ${WORD.toUpperCase()} (association)`, website: null },
    ] },
  );
}, 60_000);

describe('keeping the graph clean, from the explorer', () => {
  it('checks a SIRENE extract, lists the likely duplicates, undoes a change, merges two records and undoes the merge', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await signIn(page, EMAIL, PASSWORD);

    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const importer = page.getByRole('dialog', { name: 'Importer des acteurs et des liens' });
    await choose(page, importer, /Source des données/, 'Répertoire SIRENE (INSEE)');
    const extract = `siren,siret,denominationUniteLegale,categorieJuridiqueUniteLegale,codeCommuneEtablissement,etatAdministratifEtablissement,statutDiffusionUniteLegale\n552100554,55210055400013,LES AMIS DU ${WORD.toUpperCase()},9220,${CODE},A,O\n732829320,73282932000074,X,1000,${CODE},A,O`;
    await importer.getByLabel('Fichier des acteurs').setInputFiles({ name: 'StockEtablissement.csv', mimeType: 'text/csv', buffer: Buffer.from(extract) });
    await importer.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
    const notices = importer.getByRole('table', { name: /remarque\(s\), sans rien refuser/ });
    await notices.waitFor();
    expect(await notices.textContent()).toMatch(/nouvel acteur proposé.*entrepreneur individuel : une personne, jamais importée sans son accord/s);
    await browser.screenshot(page, 'explorer-import-sirene');
    await importer.getByRole('button', { name: 'Fermer' }).click();

    await page.getByRole('button', { name: 'Bureau', exact: true }).click();
    const desk = page.getByRole('complementary', { name: 'Bureau des animateurs' });
    const pair = desk.getByRole('listitem').filter({ hasText: 'même nom, formes juridiques et accents mis à part, même commune' }).filter({ hasText: WORD });
    await pair.first().waitFor();
    await pair.first().scrollIntoViewIfNeeded();
    await browser.screenshot(page, 'explorer-desk-duplicates');
    await pair.first().getByRole('button', { name: `Atelier ${WORD}`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Atelier ${WORD}` }).waitFor();

    // A change made, then undone from the history.
    await page.getByRole('button', { name: 'Modifier la fiche' }).click();
    const form = page.getByRole('dialog', { name: /Modifier/ });
    await form.getByLabel('Site web').fill('https://autre.example.org');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    const history = page.locator('ol.history');
    await history.getByText('https://autre.example.org', { exact: false }).waitFor();
    await history.getByRole('listitem').first().getByRole('button', { name: 'Annuler' }).click();
    await history.getByText('annulation d’une modification').waitFor();
    const { records } = await api.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.website AS website', { id: ids.id('one') });
    expect(records[0]!.get('website')).toBe('https://atelier.example.org');
    await browser.screenshot(page, 'explorer-history-undo');

    // The two records merged from the desk, then the merge undone from the kept actor's history.
    await page.getByRole('button', { name: 'Bureau', exact: true }).click();
    const again = page.getByRole('complementary', { name: 'Bureau des animateurs' }).getByRole('listitem').filter({ hasText: WORD }).first();
    await again.getByRole('button', { name: 'Fusionner…' }).click();
    const merge = page.getByRole('dialog', { name: 'Fusionner deux fiches' });
    await merge.getByRole('radio', { name: `Garder « Atelier ${WORD} »` }).click();
    await merge.getByText('Site web', { exact: true }).waitFor();
    await browser.screenshot(page, 'explorer-merge-dialog');
    await merge.getByRole('button', { name: /^Fusionner dans/ }).click();
    await merge.waitFor({ state: 'detached' });
    const visible = async (): Promise<number> => Number((await api.driver.executeQuery('MATCH (a:Actor) WHERE a.id IN $ids RETURN count(a) AS n', { ids: [ids.id('one'), ids.id('two')] })).records[0]!.get('n'));
    expect(await visible()).toBe(1);
    await page.locator('ol.history').getByText('Fusion').first().waitFor();
    const merged = page.locator('ol.history').getByRole('listitem').filter({ hasText: 'Fusion' }).first();
    await merged.getByRole('button', { name: 'Annuler' }).click();
    // Both records back: the database says so, the history shows the merge's undo beside the website's.
    await expect.poll(visible, { timeout: 60_000 }).toBe(2);
    await page.locator('ol.history').getByText('annulation d’une modification').nth(1).waitFor();

    // The desk's "À revoir": its four lists with their counts, the feeds, and a name that opens its actor.
    await page.getByRole('button', { name: 'Bureau', exact: true }).click();
    const freshness = page.getByRole('complementary', { name: 'Bureau des animateurs' }).getByRole('region', { name: 'À revoir' });
    const isolated = freshness.getByRole('list', { name: /^Acteurs isolés \(\d+\)$/ });
    await isolated.getByRole('button').first().waitFor();
    for (const title of [/^Fiches non revues depuis 12 mois \(\d+\)$/, /^Besoins sans offre depuis plus de 30 jours \(\d+\)$/, /^Points de fragilité \(\d+\)$/]) {
      await freshness.getByRole('heading', { level: 4, name: title }).waitFor();
    }
    expect(await freshness.getByRole('link', { name: '/feeds/freshness.atom' }).getAttribute('href')).toBe('/feeds/freshness.atom');
    await isolated.scrollIntoViewIfNeeded();
    await browser.screenshot(page, 'explorer-desk-freshness');
    const name = (await isolated.getByRole('button').first().textContent())!;
    await isolated.getByRole('button').first().click();
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});
