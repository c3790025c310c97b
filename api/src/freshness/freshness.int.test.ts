import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// The desk's "À revoir" list on Neo4j: a record not reviewed for years, a need nobody offers for forty days, an
// isolated actor and a hub whose departure cuts off its partners — in GraphQL for animators only, and in the feeds.
const api = testApi();
const ids = testIds(api.driver, 'freshness');
const animator = signTestJwt(['animator']);
const researcher = signTestJwt(['researcher']);
const [place, resource, other] = [ids.id('commune'), ids.id('resource'), ids.id('other-resource')];
const [old, needy, hub] = [ids.id('old'), ids.id('needy'), ids.id('hub')];
const leaves = [1, 2, 3, 4, 5].map((n) => ids.id(`leaf-${n}`));
const CONTACT = { email: 'secret-freshness@example.org', phone: '0553999123' };

const DESK = `query($limit: Int) { freshness(limit: $limit) {
  today coverageMonths needDays
  staleActors { total items { actor { id name href updatedAt } lastChangedBy lastChangedAt why } }
  unofferedNeeds { total items { actor { id href } resource { id name } since days why } }
  isolatedActors { total items { actor { id href } why } }
  cutPoints { total items { actor { id href } cutOff why } }
} }`;

interface Desk {
  today: string; coverageMonths: number; needDays: number;
  staleActors: { total: number; items: Array<{ actor: { id: string; name: string; href: string; updatedAt: string }; lastChangedBy: string | null; lastChangedAt: string | null; why: string }> };
  unofferedNeeds: { total: number; items: Array<{ actor: { id: string; href: string }; resource: { id: string; name: string }; since: string; days: number; why: string }> };
  isolatedActors: { total: number; items: Array<{ actor: { id: string; href: string }; why: string }> };
  cutPoints: { total: number; items: Array<{ actor: { id: string; href: string }; cutOff: number; why: string }> };
}

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $place, code: '99981', name: 'Commune de la fraîcheur', level: 'COMMUNE'})
     CREATE (:Resource {id: $resource, name: 'Four à pain de la fraîcheur', kind: 'MATERIAL'})
     CREATE (:Resource {id: $other, name: 'Salle de la fraîcheur', kind: 'MATERIAL'})
     CREATE (o:Actor {id: $old, name: 'Club ancien de la fraîcheur', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true,
       contactName: 'Contact', contactEmail: $email, contactPhone: $phone,
       createdAt: datetime('1990-01-01T00:00:00Z'), updatedAt: datetime('1990-01-02T00:00:00Z')})-[:LOCATED_IN]->(t)
     CREATE (:Change {id: $change, at: datetime('1990-01-02T00:00:00Z'), by: 'anne@example.org', action: 'UPDATE', entity: 'ACTOR', entityId: $old})
     WITH t
     MATCH (r:Resource {id: $resource})
     CREATE (n:Actor {id: $needy, name: 'Fournil de la fraîcheur', silo: 'PRIVATE', kind: 'COMPANY', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (n)-[:NEEDS {note: 'Deux fournées', since: date($since)}]->(r)
     CREATE (h:Actor {id: $hub, name: 'Pivot de la fraîcheur', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     WITH t, h UNWIND $leaves AS leaf
     CREATE (l:Actor {id: leaf, name: 'Feuille ' + leaf, silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (h)-[:COOPERATES_WITH {id: leaf + '-link', kind: 'PARTNERSHIP', provenance: 'ANIMATOR'}]->(l)`,
    { place, resource, other, old, needy, hub, leaves, change: ids.id('change'), since: daysAgo(40), ...CONTACT },
  );
});

describe('the freshness desk', () => {
  it('lists for animators what needs a look, each item with its record’s link', async () => {
    const result = await api.graphql<{ freshness: Desk }>(DESK, { limit: 500 }, animator);
    expect(result.errors).toBeUndefined();
    const desk = result.data!.freshness;
    expect(desk).toMatchObject({ today: new Date().toISOString().slice(0, 10), coverageMonths: 12, needDays: 30 });

    const stale = desk.staleActors.items.find((item) => item.actor.id === old);
    expect(stale).toMatchObject({ actor: { href: `/?actor=${encodeURIComponent(old)}`, updatedAt: '1990-01-02T00:00:00.000Z' }, lastChangedBy: 'anne@example.org', lastChangedAt: '1990-01-02T00:00:00.000Z' });
    expect(stale!.why).toMatch(/^Fiche non revue depuis le 2 janvier 1990 \(plus de 12 mois\) ; dernière modification le 2 janvier 1990 par un animateur\. \/ Record not reviewed/);
    expect(desk.staleActors.items.map((item) => item.actor.id)).not.toContain(needy);
    expect(desk.staleActors.total).toBeGreaterThanOrEqual(desk.staleActors.items.length);

    const need = desk.unofferedNeeds.items.find((item) => item.actor.id === needy);
    expect(need).toMatchObject({ resource: { id: resource, name: 'Four à pain de la fraîcheur' }, since: daysAgo(40), days: 40 });
    expect(need!.why).toMatch(/^Fournil de la fraîcheur recherche « Four à pain de la fraîcheur » depuis le .* \(40 jours\) et aucun acteur ne l'offre\. \/ /);

    expect(desk.isolatedActors.items.find((item) => item.actor.id === needy)).toMatchObject({ actor: { href: `/?actor=${encodeURIComponent(needy)}` }, why: expect.stringContaining(' / ') });
    const point = desk.cutPoints.items.find((item) => item.actor.id === hub);
    expect(point).toMatchObject({ cutOff: 4, why: expect.stringContaining(' / ') });
    const cutOffs = desk.cutPoints.items.map((item) => item.cutOff);
    expect(cutOffs).toEqual([...cutOffs].sort((a, b) => b - a));
  });

  it('is for animators only, and keeps its limit within bounds', async () => {
    const anonymous = await api.graphql(DESK, { limit: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toMatch(/^freshness : connectez-vous \(réservé aux animateurs\)\. \/ freshness: sign in first/);
    const lesser = await api.graphql(DESK, { limit: 5 }, researcher);
    expect(lesser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await api.graphql(DESK, { limit: 501 }, animator);
    expect(tooMany.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^limit doit être un entier entre 1 et 500, reçu 501\. \/ limit must be/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps a need’s date when the actor’s needs are saved again, dates a new one today, and journals neither', async () => {
    const saved = await api.graphql<{ saveActor: { change: { fields: { field: string; after: string | null }[] } } }>(
      'mutation($input: ActorInput!) { saveActor(input: $input) { change { fields { field after } } } }',
      { input: { id: needy, needs: [{ resourceId: resource, note: 'Trois fournées' }, { resourceId: other }] } },
      animator,
    );
    expect(saved.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery('MATCH (:Actor {id: $needy})-[n:NEEDS]->(r) RETURN r.id AS id, toString(n.since) AS since, n.note AS note ORDER BY id', { needy });
    expect(records.map((record) => record.toObject())).toEqual([
      { id: other, since: new Date().toISOString().slice(0, 10), note: null },
      { id: resource, since: daysAgo(40), note: 'Trois fournées' },
    ].sort((a, b) => a.id.localeCompare(b.id)));
    const needs = saved.data!.saveActor.change.fields.find((field) => field.field === 'needs');
    expect(needs?.after).toBeTruthy();
    expect(needs!.after).not.toContain('since');
  });
});

describe('the freshness feeds', () => {
  const get = (path: string, token?: string) => fetch(api.url(path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuse the public (401) and a lesser role (403), saying so in French then English', async () => {
    for (const path of ['/feeds/freshness.json', '/feeds/freshness.atom']) {
      const anonymous = await get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await anonymous.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/^Flux « À revoir » : réservé aux animateurs ; .* \/ Freshness feed: animators only; send your token/), extensions: { code: 'UNAUTHENTICATED' } }] });
      const lesser = await get(path, researcher);
      expect(lesser.status).toBe(403);
      expect(await lesser.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect((await get(path, 'not.a.token')).status).toBe(401);
    }
    expect((await get('/feeds/freshness.json?limit=0', animator)).status).toBe(400);
  });

  it('give animators a JSON Feed 1.1, one item a desk entry with its link and stable id', async () => {
    const response = await get('/feeds/freshness.json?limit=500', animator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    const feed = JSON.parse(text) as { version: string; items: Array<{ id: string; url: string; title: string; summary: string; date_modified: string }> };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    const byId = new Map(feed.items.map((item) => [item.id, item]));
    expect(byId.get(`urn:maillage:freshness:stale:${old}`)).toMatchObject({ url: api.url(`/?actor=${encodeURIComponent(old)}`), title: 'À revoir : Club ancien de la fraîcheur', date_modified: '1990-01-02T00:00:00.000Z' });
    expect(byId.get(`urn:maillage:freshness:need:${needy}:${resource}`)).toMatchObject({ title: 'Besoin sans offre : Fournil de la fraîcheur — Four à pain de la fraîcheur', date_modified: `${daysAgo(40)}T00:00:00.000Z` });
    expect(byId.get(`urn:maillage:freshness:cut-point:${hub}`)?.summary).toContain(' / ');
    expect(byId.get(`urn:maillage:freshness:isolated:${needy}`)).toBeDefined();
    for (const secret of [CONTACT.email, CONTACT.phone, 'anne@example.org']) expect(text).not.toContain(secret);
  });

  it('give animators a well-formed Atom feed with the same entries, and no contact detail', async () => {
    const response = await get('/feeds/freshness.atom?limit=500', animator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const text = await response.text();
    const fail = (message: string) => {
      throw new Error(message);
    };
    const feed = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml').documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = Array.from(feed.getElementsByTagName('entry') as unknown as ArrayLike<Element>);
    expect(entries.length).toBeGreaterThan(0);
    const stale = entries.find((entry) => entry.getElementsByTagName('id')[0]?.textContent === `urn:maillage:freshness:stale:${old}`);
    expect(stale?.getElementsByTagName('link')[0]?.getAttribute('href')).toBe(api.url(`/?actor=${encodeURIComponent(old)}`));
    expect(stale?.getElementsByTagName('updated')[0]?.textContent).toBe('1990-01-02T00:00:00.000Z');
    expect(stale?.getElementsByTagName('summary')[0]?.textContent).toMatch(/^Fiche non revue .* \/ Record not reviewed/);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(text).not.toContain(CONTACT.phone);
  });
});
