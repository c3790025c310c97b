import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { choose, testBrowser } from '../../test/browser.js';
import { testIds } from '../../test/neo4j.js';

// The public self-declaration form in Chromium: what anyone fills in ends in the moderation queue, not on the map.
const api = testApi({ TRUST_PROXY: 'loopback' });
const browser = testBrowser();
const ids = testIds(api.driver, 'e2e-declare');
const name = `${ids.prefix}Atelier vélo (fictif)`;

afterAll(async () => {
  await api.driver.executeQuery('MATCH (p:Proposal) WHERE p.name STARTS WITH $prefix DELETE p', { prefix: ids.prefix });
});

describe('the public self-declaration form', () => {
  it('asks for consent, then queues the proposal for the animators', async () => {
    const { page, errors } = await browser.open('about:blank');
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.7' });
    await page.goto(api.url('/declare.html'));
    await page.getByRole('heading', { level: 1, name: 'Déclarer votre structure au PTCE' }).waitFor();
    await page.getByLabel('Nom', { exact: true }).fill(name);
    await choose(page, page, /Nature$/, 'Collectif citoyen');
    await page.getByLabel('Courriel').fill('atelier@example.org');
    await page.getByLabel('Votre adresse, pour suivre la proposition').fill('atelier@example.org');
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await page.getByRole('alert').filter({ hasText: 'votre accord est nécessaire' }).waitFor();

    await page.getByLabel(/J’accepte que cette fiche/).check();
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await page.getByRole('alert').filter({ hasText: '« consentToContact » : votre accord est nécessaire' }).waitFor();
    await page.getByLabel(/J’accepte que les animateurs/).check();
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await page.getByRole('status').filter({ hasText: 'Merci ! Votre proposition sera relue par un animateur du PTCE avant publication.' }).waitFor();

    const { records } = await api.driver.executeQuery('MATCH (p:Proposal {name: $name}) RETURN p.status AS status, p.consentToContact AS contact', { name });
    expect(records.map((record) => record.toObject())).toEqual([{ status: 'PENDING', contact: true }]);
    const published = await api.graphql<{ actors: unknown[] }>('query($name: String!) { actors(where: { name: { eq: $name } }) { id } }', { name });
    expect(published.data!.actors).toEqual([]);
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
  }, 60_000);
});
