import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../test/api.js';
import { seriousViolations } from '../../test/axe.js';
import { choose, testBrowser } from '../../test/browser.js';
import { testIds } from '../../test/neo4j.js';

// A whole Living Lab workshop in Chromium, on the real API and Neo4j: a facilitator at the desk, a projector, three
// participants in their own browsers (one on a phone). They join by code, add, the facilitator merges a duplicate,
// runs a write-alone round and reveals it, the room votes, the facilitator closes; the projector follows it all
// live; then the graph and the journal hold the workshop's provenance, and the anonymous workshop left no author.
const api = testApi({ TRUST_PROXY: 'loopback', WORKSHOP_LIVE_POLL_MS: '100' });
const browser = testBrowser();
const ids = testIds(api.driver, 'e2e-atelier');
const place = ids.id('commune');
const [syndicat, mairie, jardins, resource] = [ids.id('syndicat'), ids.id('mairie'), ids.id('jardins'), ids.id('broyeur')];
const COMMUNE = `Commune de l’atelier ${ids.prefix}`;
let workshopId = '';

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $place, code: '99993', name: $commune, level: 'COMMUNE', location: point({latitude: 44.85, longitude: 0.48})})
     CREATE (r:Resource {id: $resource, name: 'Broyeur de végétaux (e2e)', kind: 'MATERIAL'})
     CREATE (s:Actor {id: $syndicat, name: 'Syndicat du broyage (fictif)', silo: 'PUBLIC', kind: 'PUBLIC_AGENCY', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
     CREATE (m:Actor {id: $mairie, name: 'Mairie de Saint-Vote', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
     CREATE (j:Actor {id: $jardins, name: 'Jardins partagés du vote (fictifs)', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
     CREATE (s)-[:OFFERS]->(r), (j)-[:NEEDS]->(r)
     CREATE (s)-[:COOPERATES_WITH {id: $link, kind: 'PARTNERSHIP', provenance: 'ANIMATOR'}]->(m)`,
    { place, commune: COMMUNE, resource, syndicat, mairie, jardins, link: ids.id('lien') },
  );
}, 60_000);

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (w:Workshop {id: $workshopId}) OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) OPTIONAL MATCH (a:Actor {workshopId: w.id})
     OPTIONAL MATCH (c:Change) WHERE c.by = 'workshop:' + w.id DETACH DELETE e, a, c, w`,
    { workshopId },
  );
});

/** A facilitator's tab: signed in as the explorer signs in (the session kept for the tab). */
async function facilitator(): Promise<Page> {
  const { page } = await browser.open(api.url('/healthz'));
  const session = { email: 'animatrice@example.org', token: signTestJwt(['animator']), expiresAt: new Date(Date.now() + 600_000).toISOString(), roles: ['animator'] };
  await page.evaluate(`sessionStorage.setItem('maillage.session', ${JSON.stringify(JSON.stringify(session))})`);
  await page.goto(api.url('/animation.html'));
  return page;
}

/** A participant joins by the code's short address, agrees, and is in. */
async function participant(code: string, phone = false): Promise<Page> {
  const { page } = await browser.open(api.url(`/a/${code}`), { phone });
  await page.getByRole('heading', { name: 'Ce qui est gardé, et qui le voit' }).waitFor();
  await page.getByLabel('J’ai lu ce qui est gardé et j’accepte de participer.').check();
  await page.getByRole('button', { name: 'Participer' }).click();
  await page.getByRole('heading', { name: 'Votre organisation' }).waitFor();
  return page;
}

async function speakFor(page: Page, typed: string, name: string): Promise<void> {
  await page.getByLabel('Rechercher une organisation').fill(typed);
  await page.getByRole('button', { name: `C’est la mienne : ${name}` }).click();
  await page.getByText(`Vous parlez pour : ${name}`).waitFor();
}

async function addLink(page: Page, typed: string, partner: string): Promise<void> {
  await page.getByLabel('Organisation partenaire').fill(typed);
  await page.getByRole('button', { name: `Choisir : ${partner}` }).click();
  await page.getByRole('button', { name: 'Ajouter ce lien' }).click();
  await page.getByRole('list').filter({ hasText: `Lien :` }).getByText(partner, { exact: false }).first().waitFor();
}

/** RGAA's bar on a workshop page as it stands: no serious or critical axe-core violation. */
async function accessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const counter = (page: Page, name: string) => page.locator(`[data-counter="${name}"]`);

describe('a Living Lab workshop, live', () => {
  it('runs from the desk, the phones and the projector to the graph, with its provenance and no author', async () => {
    const desk = await facilitator();
    await desk.getByRole('heading', { name: 'Ateliers Living Lab' }).waitFor();
    await browser.screenshot(desk, 'workshop-desk-desktop');
    await accessible(desk);
    await desk.getByLabel('Titre').fill('Atelier de co-cartographie (e2e)');
    await choose(desk, desk, /Territoire$/, COMMUNE);
    await desk.getByLabel('La question posée').fill('Qui coopère avec qui autour du broyage ?');
    await choose(desk, desk, /Anonymat$/, 'Anonyme');
    await desk.getByRole('button', { name: 'Créer l’atelier' }).click();
    const code = (await desk.locator('h1 [data-code]').getAttribute('data-code'))!;
    workshopId = new URL(desk.url()).searchParams.get('atelier')!;
    expect(code).toMatch(/^[ACEFGHJKMNPQRTWXY34679]{6}$/);

    const { page: projector, errors: projectorErrors } = await browser.open(api.url(`/projecteur.html?code=${code}`));
    await projector.locator('.board-network canvas').first().waitFor();
    await expect.poll(() => projector.locator('.join-code [data-code]').textContent()).toBe(code);

    // Three participants: one on a phone, speaking for the syndicate, who links it to the town hall.
    const ana = await participant(code, true);
    const ben = await participant(code);
    const cleo = await participant(code);
    await expect.poll(() => counter(projector, 'participants').textContent(), { timeout: 30_000 }).toBe('3');
    await speakFor(ana, 'syndic', 'Syndicat du broyage (fictif)');
    await addLink(ana, 'mairie', 'Mairie de Saint-Vote');
    await browser.screenshot(ana, 'workshop-participant-phone');
    await accessible(ana);
    // Ben adds his own association; Cléo a twin of the town hall, which the facilitator will merge.
    await ben.getByLabel('Rechercher une organisation').fill('Atelier vélo');
    await ben.getByRole('button', { name: 'Ajouter une organisation' }).click();
    await ben.getByLabel('Nom de l’organisation').fill('Atelier vélo solidaire (fictif)');
    await ben.locator('form.entry-form').getByRole('button', { name: 'Ajouter une organisation' }).click();
    await ben.getByText('Vous parlez pour : Atelier vélo solidaire (fictif)').waitFor();
    await browser.screenshot(ben, 'workshop-participant-desktop');
    await accessible(ben);
    await cleo.getByRole('button', { name: 'Ajouter une organisation' }).click();
    await cleo.getByLabel('Nom de l’organisation').fill('mairie de saint vote');
    await choose(cleo, cleo.locator('form.entry-form'), /Silo$/, 'Public');
    await cleo.locator('form.entry-form').getByRole('button', { name: 'Ajouter une organisation' }).click();
    await cleo.getByText('Vous parlez pour : mairie de saint vote').waitFor();

    // The console: three entries held; the link and Ben's association approved, Cléo's twin merged.
    await desk.getByText('Les contributions (3)').waitFor({ timeout: 30_000 });
    await browser.screenshot(desk, 'workshop-console-desktop');
    await accessible(desk);
    await desk.getByRole('button', { name: /^Valider : Lien/ }).click();
    // Ben said no commune: the facilitator corrects it as they approve.
    const velo = desk.locator('li[data-kind="ORGANISATION"]').filter({ hasText: 'Atelier vélo solidaire' });
    await choose(desk, velo, /Commune$/, COMMUNE);
    await velo.getByRole('button', { name: /^Valider : Organisation : Atelier vélo/ }).click();
    const twin = desk.locator('li[data-kind="ORGANISATION"]').filter({ hasText: 'mairie de saint vote' });
    await twin.getByRole('button', { name: 'Fusionner avec…' }).click();
    await twin.getByRole('button', { name: 'Choisir : Mairie de Saint-Vote' }).click();
    await twin.getByText('fusionnée avec Mairie de Saint-Vote').waitFor();
    await expect.poll(() => counter(projector, 'links').textContent(), { timeout: 30_000 }).toBe('1');
    await expect.poll(() => counter(projector, 'organisations').textContent()).toBe('2');
    await expect.poll(() => projector.locator('.board-network').getAttribute('data-workshop-links')).toBe('1');

    // Write alone, then reveal: Ben's link stays off the projector, approved or not, until the reveal.
    await desk.getByRole('button', { name: 'Tour « écrire seul »' }).click();
    await ben.getByText('Tour « écrire seul » : vos ajouts restent cachés').waitFor();
    await addLink(ben, 'jardins', 'Jardins partagés du vote (fictifs)');
    await desk.getByRole('button', { name: /^Valider : Lien : Atelier vélo/ }).click();
    await desk.locator('li[data-kind="LINK"][data-status="APPROVED"]').nth(1).waitFor();
    expect(await counter(projector, 'links').textContent()).toBe('1');
    await desk.getByRole('button', { name: 'Révéler' }).click();
    await expect.poll(() => counter(projector, 'links').textContent(), { timeout: 30_000 }).toBe('2');
    await browser.screenshot(projector, 'workshop-projector-desktop');
    await accessible(projector);

    // The vote: the last step; the offer that meets a need in the territory, voted from the phone.
    await desk.getByRole('button', { name: 'Les coopérations à lancer.', exact: false }).click();
    const proposal = ana.getByRole('button', { name: /Je vote pour : Syndicat du broyage \(fictif\) peut offrir « Broyeur de végétaux \(e2e\) » à Jardins partagés/ });
    await proposal.click();
    await ana.getByRole('button', { name: /Je vote pour : Syndicat du broyage/, pressed: true }).waitFor();
    await expect.poll(() => projector.locator('.proposals li').filter({ hasText: 'Broyeur de végétaux (e2e)' }).textContent(), { timeout: 30_000 }).toContain('1 vote(s)');
    await browser.screenshot(projector, 'workshop-projector-vote-desktop');
    await accessible(projector);
    await browser.screenshot(ana, 'workshop-participant-vote-phone');
    await accessible(ana);

    // Closing: one transaction into the graph.
    desk.once('dialog', (dialog) => void dialog.accept());
    await desk.getByRole('button', { name: 'Clore l’atelier' }).click();
    await desk.getByText(/Atelier clos : 1 acteur\(s\), 2 lien\(s\)/).waitFor();
    await ana.getByText('Cet atelier est clos. Merci de votre participation !').waitFor({ timeout: 30_000 });

    const { records } = await api.driver.executeQuery(
      `MATCH (a:Actor {workshopId: $workshopId}) MATCH (a)-[r:COOPERATES_WITH]-(partner:Actor)
       MATCH (c:Change {entityId: r.id}) MATCH (a)-[:LOCATED_IN]->(t:Territory)
       RETURN a.name AS name, a.provenance AS provenance, t.id AS commune, r.provenance AS link, partner.name AS partner, c.by AS by`,
      { workshopId },
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { name: 'Atelier vélo solidaire (fictif)', provenance: 'WORKSHOP', commune: place, link: 'WORKSHOP', partner: 'Jardins partagés du vote (fictifs)', by: `workshop:${workshopId}` },
    ]);
    const merged = await api.driver.executeQuery(
      "MATCH (:Actor {id: $syndicat})-[r:COOPERATES_WITH {workshopId: $workshopId}]-(:Actor {id: $mairie}) RETURN r.provenance AS provenance", { syndicat, mairie, workshopId });
    expect(merged.records.map((record) => record.get('provenance'))).toEqual(['WORKSHOP']);
    // Anonymous: no participant, no name, and no entry that says who wrote it.
    const left = await api.driver.executeQuery(
      'MATCH (e:WorkshopEntry {workshopId: $workshopId}) RETURN count(e.participantId) AS authors, COUNT { (:WorkshopParticipant {workshopId: $workshopId}) } AS participants', { workshopId });
    expect(left.records[0]!.toObject()).toMatchObject({ authors: expect.objectContaining({ low: 0 }), participants: expect.objectContaining({ low: 0 }) });

    // The summary, with the network before and after.
    await desk.getByRole('link', { name: 'Bilan' }).click();
    await desk.locator('.before-after [data-drawn]').waitFor();
    expect(await desk.locator('[data-summary="links"]').textContent()).toBe('2');
    await desk.getByText('Syndicat du broyage (fictif) peut offrir « Broyeur de végétaux (e2e) » à Jardins partagés du vote (fictifs) — 1 vote(s)').waitFor();
    await browser.screenshot(desk, 'workshop-summary-desktop');
    await accessible(desk);
    expect(projectorErrors).toEqual([]);
  }, 240_000);

  it('looks right on a phone: the desk, the console, the summary and the projector', async () => {
    const { page } = await browser.open(api.url('/healthz'), { phone: true });
    const session = { email: 'animatrice@example.org', token: signTestJwt(['animator']), expiresAt: new Date(Date.now() + 600_000).toISOString(), roles: ['animator'] };
    await page.evaluate(`sessionStorage.setItem('maillage.session', ${JSON.stringify(JSON.stringify(session))})`);
    await page.goto(api.url('/animation.html'));
    await page.getByRole('heading', { name: 'Ateliers Living Lab' }).waitFor();
    await browser.screenshot(page, 'workshop-desk-phone');
    await accessible(page);
    await page.goto(api.url(`/animation.html?atelier=${workshopId}`));
    await page.getByText('Les contributions (4)').waitFor();
    await browser.screenshot(page, 'workshop-console-phone');
    await accessible(page);
    await page.goto(api.url(`/animation.html?atelier=${workshopId}&vue=bilan`));
    await page.locator('.before-after [data-drawn]').waitFor();
    await browser.screenshot(page, 'workshop-summary-phone');
    await accessible(page);
    const code = (await api.driver.executeQuery('MATCH (w:Workshop {id: $workshopId}) RETURN w.code AS code', { workshopId })).records[0]!.get('code') as string;
    await page.goto(api.url(`/projecteur.html?code=${code}`));
    await page.locator('.board-network canvas').first().waitFor();
    await browser.screenshot(page, 'workshop-projector-phone');
    await accessible(page);
    const { page: entry } = await browser.open(api.url('/atelier.html'), { phone: true });
    await entry.getByLabel('Code de l’atelier (6 caractères, à l’écran)').fill('OOOOOO');
    await entry.getByRole('button', { name: 'Rejoindre' }).click();
    await entry.getByRole('alert').filter({ hasText: 'Ce code ne correspond à aucun atelier' }).waitFor();
    await browser.screenshot(entry, 'workshop-code-phone');
    await accessible(entry);
  }, 120_000);
});
