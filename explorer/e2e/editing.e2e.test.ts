import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../api/src/accounts/index.js';
import { testApi } from '../../test/api.js';
import { choose, networkDrawn, testBrowser, typeDate } from '../../test/browser.js';
import { testIds } from '../../test/neo4j.js';

// The animator's day, as a new user would live it, in Chromium on the real API and Neo4j: sign in, import a
// spreadsheet of 200 actors and fix the rows it refuses, add and edit a link, accept a self-declared proposal;
// meanwhile the public never receives a contact field. Everything lives in a commune of the test's own.
const api = testApi({ TRUST_PROXY: 'loopback' });
const browser = testBrowser();
const ids = testIds(api.driver, 'e2e-edit');
const place = ids.id('commune');
const EMAIL = `${ids.prefix}animatrice@example.org`;
const PASSWORD = 'une phrase de passe assez longue';
const CONTACT = `contact.${ids.prefix}@example.org`;

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await api.driver.executeQuery("CREATE (:Territory {id: $place, code: '99990', name: 'Commune de recette', level: 'COMMUNE'})", { place });
  await createAccount(api.driver, 'neo4j', { email: EMAIL, password: PASSWORD, roles: ['animator'] });
}, 60_000);

afterAll(async () => {
  await api.driver.executeQuery('MATCH (v:EmbedView) WHERE v.name STARTS WITH $prefix DELETE v', { prefix: ids.prefix });
});

function spreadsheet(broken: boolean): string {
  const rows = ['id,name,silo,kind,territoryIds,essMember,contactEmail,contactConsentPurpose'];
  for (let i = 0; i < 200; i += 1) {
    const silo = broken && i === 7 ? 'MARCHE' : ['PUBLIC', 'PRIVATE', 'POPULATION'][i % 3];
    const ess = broken && i === 42 ? 'peut-être' : 'oui';
    const territory = broken && i === 150 ? 'commune-inconnue' : place;
    rows.push(`${ids.prefix}a${i},Acteur importé ${i},${silo},ASSOCIATION,${territory},${ess},${i === 0 ? `${CONTACT},Relances du PTCE` : ','}`);
  }
  return rows.join('\n');
}

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await api.driver.executeQuery(query, { prefix: ids.prefix, ...params });
  return Number(records[0]!.get('n'));
}

describe('an animator, in the explorer', () => {
  it('signs in, imports 200 actors after fixing the refused rows, adds and edits a link, and accepts a proposal', async () => {
    const { page, errors } = await browser.open(api.url('/'));
    await networkDrawn(page);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const login = page.getByRole('dialog', { name: 'Connexion des animateurs' });
    await login.getByLabel('Adresse électronique').fill(EMAIL);
    await login.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await login.getByRole('button', { name: 'Se connecter' }).click();
    await login.getByRole('alert').filter({ hasText: 'Adresse ou mot de passe incorrect.' }).waitFor();
    await login.getByLabel('Mot de passe').fill(PASSWORD);
    await login.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText(EMAIL).waitFor();

    // Import: three bad rows, each named with its line and reason; nothing written until they are fixed.
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const importer = page.getByRole('dialog', { name: 'Importer des acteurs et des liens' });
    await importer.getByLabel('Fichier des acteurs').setInputFiles({ name: 'acteurs.csv', mimeType: 'text/csv', buffer: Buffer.from(spreadsheet(true)) });
    await importer.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
    const problems = importer.getByRole('table', { name: '3 ligne(s) refusée(s)' });
    await problems.waitFor();
    expect(await problems.getByRole('row').allTextContents()).toEqual([
      'FichierLigneChampRaison',
      expect.stringMatching(/^actors9silo« MARCHE » : attendu PUBLIC, PRIVATE, POPULATION/),
      expect.stringMatching(/^actors44essMember« peut-être » : oui ou non attendu\./),
      expect.stringMatching(/^actors152territoryIds: commune-inconnuesaveActor : « territoryIds: commune-inconnue » désigne un objet inconnu\./),
    ]);
    expect(await importer.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    expect(await count('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n')).toBe(0);
    await browser.screenshot(page, 'explorer-import-refused');

    await importer.getByLabel('Fichier des acteurs').setInputFiles({ name: 'acteurs.csv', mimeType: 'text/csv', buffer: Buffer.from(spreadsheet(false)) });
    await importer.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
    await importer.getByText('Prêt à importer. 200 lignes : 200 créations, 0 modifications, 0 inchangées.').waitFor();
    await importer.getByRole('button', { name: 'Importer', exact: true }).click();
    await importer.getByText(/^Import effectué\./).waitFor();
    expect(await count('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n')).toBe(200);
    await importer.getByRole('button', { name: 'Fermer' }).click();

    // A link between two imported actors, then edited.
    await page.goto(api.url(`/?actor=${ids.prefix}a1`));
    await page.getByRole('heading', { level: 2, name: 'Acteur importé 1' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter un lien' }).click();
    const newLink = page.getByRole('dialog', { name: 'Nouveau lien de Acteur importé 1' });
    await choose(page, newLink, /Partenaire$/, /^Acteur importé 2$/);
    await choose(page, newLink, /Nature du lien$/, 'Fourniture');
    await typeDate(page, newLink, 'Depuis', '2024-05-01');
    await newLink.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('button', { name: 'Modifier le lien avec Acteur importé 2' }).click();
    const editLink = page.getByRole('dialog', { name: 'Modifier le lien' });
    await typeDate(page, editLink, 'Jusqu’au', '2020-01-01');
    await editLink.getByRole('button', { name: 'Enregistrer' }).click();
    await editLink.getByRole('alert').filter({ hasText: 'la fin précède le début' }).waitFor();
    await typeDate(page, editLink, 'Jusqu’au', '');
    await choose(page, editLink, /Nature du lien$/, 'Projet commun');
    await choose(page, editLink, /Intensité \(/, '3');
    await editLink.getByLabel(/^Confiance/).fill('0,8');
    await editLink.getByRole('button', { name: 'Enregistrer' }).click();
    await editLink.waitFor({ state: 'detached' });
    await expect.poll(() => count(
      "MATCH (:Actor {id: $a})-[r:COOPERATES_WITH]-(:Actor {id: $b}) WHERE r.kind = 'CO_PROJECT' AND r.intensity = 3 AND r.confidence = 0.8 AND r.provenance = 'ANIMATOR' RETURN count(r) AS n",
      { a: `${ids.prefix}a1`, b: `${ids.prefix}a2` },
    )).toBe(1);
    await page.getByRole('list').filter({ hasText: 'Acteur importé 2' }).getByText(/Projet commun/).waitFor();
    await browser.screenshot(page, 'explorer-link-edited');

    // A self-declared proposal, accepted from the desk.
    const name = `${ids.prefix}Ferme des Coteaux (fictive)`;
    const declared = await api.graphql(
      'mutation($input: DeclarationInput!) { declare(input: $input) { id } }',
      { input: { actor: { name, silo: 'PRIVATE', kind: 'COMPANY', territoryIds: [place] }, links: [{ partnerId: `${ids.prefix}a3`, kind: 'SUPPLY' }], consentToPublish: true, submitterEmail: 'ferme@example.org' } },
      undefined,
      { 'x-forwarded-for': '192.0.2.250' },
    );
    expect(declared.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Bureau', exact: true }).click();
    const desk = page.getByRole('complementary', { name: 'Bureau des animateurs' });
    await desk.getByRole('button', { name: `Accepter « ${name} »` }).click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    expect(await count("MATCH (a:Actor {name: $name})-[r:COOPERATES_WITH {provenance: 'SELF_DECLARED'}]-(:Actor {id: $partner}) RETURN count(r) AS n", { name, partner: `${ids.prefix}a3` })).toBe(1);
    await browser.screenshot(page, 'explorer-proposal-accepted');

    // A project, with an imported actor as its lead, from the desk.
    await page.getByRole('button', { name: 'Bureau', exact: true }).click();
    const catalogue = page.getByRole('complementary', { name: 'Bureau des animateurs' });
    await catalogue.getByText('Nouveau projet', { exact: true }).click();
    const project = catalogue.getByRole('form', { name: 'Nouveau projet' });
    await project.getByLabel('Titre').fill(`${ids.prefix}Atelier de réparation`);
    await choose(page, project, /État$/, 'En cours');
    await choose(page, project, /Porteur$/, /^Acteur importé 4$/);
    await project.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => count("MATCH (:Actor {id: $lead})-[:PARTICIPATES_IN {role: 'LEAD'}]->(p:Project {status: 'ONGOING'}) WHERE p.title STARTS WITH $prefix RETURN count(p) AS n", { lead: `${ids.prefix}a4` })).toBe(1);
    await page.getByRole('button', { name: 'Bureau', exact: true }).click();

    // The current view, saved as an embed under a short name.
    await page.getByRole('button', { name: 'Intégrer cette vue' }).click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue dans un site' });
    await dialog.getByLabel(/^Nom court/).fill(`${ids.prefix}vue`);
    await dialog.getByLabel('Titre').fill('Commune de recette');
    await dialog.getByRole('form', { name: 'Enregistrer cette vue sous un nom court' }).getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByRole('status').filter({ hasText: `/embed/v/${ids.prefix}vue` }).waitFor();
    expect((await fetch(api.url(`/embed/v/${ids.prefix}vue`))).status).toBe(200);
    expect(errors.filter((error) => !/status of 40[01]/.test(error))).toEqual([]);
  }, 180_000);

  it('never sends a contact field to the public', async () => {
    const { page } = await browser.open('about:blank');
    const bodies: string[] = [];
    page.on('response', (response) => {
      void response.text().then((body) => bodies.push(body), () => {});
    });
    await page.goto(api.url(`/?actor=${ids.prefix}a0`));
    await page.getByRole('heading', { level: 2, name: 'Acteur importé 0' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.some((body) => body.includes(CONTACT))).toBe(false);
    expect(await page.getByRole('button', { name: 'Modifier la fiche' }).count()).toBe(0);
  }, 60_000);
});
