import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocs } from '../../../test/docs.js';
import { signTestJwt, testApi, type GraphQLResponse } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi();
const ids = testIds(api.driver, 'roles');
const ROLES = ['public', 'researcher', 'animator', 'admin'] as const;
type Who = (typeof ROLES)[number];
const tokens: Record<Who, string | undefined> = {
  public: undefined,
  researcher: signTestJwt(['researcher']),
  animator: signTestJwt(['animator']),
  admin: signTestJwt(['admin']),
};
const [place, actor, person] = [ids.id('commune'), ids.id('actor'), ids.id('person')];
const EMAIL = 'secret-contact@example.org';

/** The README's role table: its rows, and for each a cell per role. */
function readmeTable(): Map<string, Record<Who, boolean>> {
  const readme = readDocs();
  const table = /<!-- roles:begin -->\n([\s\S]*?)<!-- roles:end -->/.exec(readme)?.[1] ?? '';
  const rows = table.trim().split('\n').slice(2).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  return new Map(rows.map(([what, ...cells]) => [what!, Object.fromEntries(ROLES.map((role, index) => [role, cells[index] === '✓'])) as Record<Who, boolean>]));
}

const REFUSED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Allowed unless the answer is a refusal for want of a role. */
async function allowed(query: string, variables: Record<string, unknown>, who: Who): Promise<boolean> {
  const result: GraphQLResponse = await api.graphql(query, variables, tokens[who]);
  const codes = (result.errors ?? []).map((error) => error.extensions?.code);
  const other = codes.filter((code) => !REFUSED.has(String(code)));
  if (other.length > 0) throw new Error(`${query}: unexpected ${JSON.stringify(result.errors)}`);
  return codes.length === 0;
}

async function fetchAs(path: string, who: Who): Promise<Response> {
  return fetch(api.url(path), { headers: tokens[who] ? { authorization: `Bearer ${tokens[who]}` } : {} });
}

/** One probe per row of the table: does `who` get to do it? */
const PROBES: Record<string, (who: Who) => Promise<boolean>> = {
  'Read actors, links, sectors, resources, territories, projects, saved embed views': (who) =>
    allowed('query($id: ID!) { actors(where: { id: { eq: $id } }) { name cooperatesWith { id } sectors { id } locatedIn { id } projects { id } } sectors(limit: 1) { id } resources(limit: 1) { id } embedViews(limit: 1) { name } }', { id: actor }, who),
  'Read contact fields (`contactName`, `contactEmail`, `contactPhone`)': (who) =>
    allowed('query($id: ID!) { actors(where: { id: { eq: $id } }) { contactName contactEmail contactPhone } }', { id: actor }, who),
  'See a person who has not consented to publication (API, analytics, exports)': async (who) => {
    const result = await api.graphql<{ actors: unknown[]; network: { actors: { id: string }[] } }>(
      'query($id: ID!, $t: ID!) { actors(where: { id: { eq: $id } }) { id } network(filter: { territory: $t }) { actors { id } } }', { id: person, t: place }, tokens[who]);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const seen = [result.data!.actors.length > 0, result.data!.network.actors.some((item) => item.id === person), (await (await fetchAs(`/export/nodes.csv?territory=${place}`, who)).text()).includes(person)];
    if (new Set(seen).size > 1) throw new Error(`a person is seen on some surfaces only: ${seen.join(', ')}`);
    return seen[0]!;
  },
  'Run the analytics (gaps, brokers, communities, suggestions…)': (who) =>
    allowed('query($t: ID!, $id: ID!) { siloMatrix(filter: { territory: $t }) { links } brokers(filter: { territory: $t }) { method } linkSuggestions(actorId: $id) { score } }', { t: place, id: actor }, who),
  'Include people in suggestions and matches (`includePeople: true`)': async (who) =>
    (await allowed('query($id: ID!) { linkSuggestions(actorId: $id, includePeople: true) { score } }', { id: actor }, who)) &&
    allowed('{ resourceMatches(includePeople: true, limit: 1) { matchableNeeds } }', {}, who),
  'Download exports (`/export/…`)': async (who) => (await fetchAs(`/export/nodes.csv?territory=${place}`, who)).status === 200,
  'Find a contact field in an export': async (who) => {
    const bodies = await Promise.all(['nodes.csv', 'edges.csv', 'network.gexf', 'network.graphml', 'network.json'].map(async (file) => (await fetchAs(`/export/${file}?territory=${place}`, who)).text()));
    return bodies.some((body) => body.includes(EMAIL));
  },
  'Show embeds (`/embed…`)': async (who) => {
    const response = await fetchAs('/embed?table=1', who);
    if (response.status !== 200) throw new Error(`/embed answered ${response.status}: ${await response.text()}`);
    return true;
  },
  'Read the change journal without personal data (`changes`, `/export/journal.jsonl`)': async (who) => {
    const query = await allowed('{ changes(limit: 5) { entityId fields { field } } }', {}, who);
    const file = (await fetchAs('/export/journal.jsonl', who)).status === 200;
    if (query !== file) throw new Error(`the journal is open one way only: ${query} ${file}`);
    return query;
  },
  'Read who changed what, contact fields included (`changes`, `history`)': async (who) => {
    if (!(await allowed('query($id: ID!) { history(entity: ACTOR, id: $id) { by } }', { id: actor }, who))) return false;
    const journal = await api.graphql<{ changes: { by: string; fields: { after: string | null }[] }[] }>('{ changes(limit: 1000) { by entityId fields { after } } }', {}, tokens[who]);
    return JSON.stringify(journal.data).includes('0553000001');
  },
  'Edit actors, links, resources, sectors, projects (`save…`, `deleteEntity`, `restoreEntity`)': async (who) => {
    const id = ids.id(`edited-by-${who}`);
    const saved = await allowed('mutation($id: ID!) { saveActor(input: { id: $id, name: "Essai", silo: PRIVATE, kind: COMPANY }) { id } }', { id }, who);
    const deleted = await allowed('mutation($id: ID!) { deleteEntity(entity: ACTOR, id: $id) { id } }', { id: saved ? id : actor }, who).catch(() => false);
    const restored = await allowed('mutation($id: ID!) { restoreEntity(entity: ACTOR, id: $id) { id } }', { id: saved ? id : actor }, who).catch(() => false);
    const others = await Promise.all([
      allowed('mutation($id: ID!) { saveResource(input: { id: $id, name: "Local", kind: MATERIAL }) { id } }', { id: ids.id(`r-${who}`) }, who),
      allowed('mutation($id: ID!) { saveSector(input: { id: $id, name: "Secteur" }) { id } }', { id: ids.id(`s-${who}`) }, who),
      allowed('mutation($id: ID!) { saveProject(input: { id: $id, title: "Projet", status: IDEA }) { id } }', { id: ids.id(`p-${who}`) }, who),
      allowed('mutation($id: ID!, $a: ID!, $b: ID!) { saveCooperation(input: { id: $id, from: $a, to: $b, kind: PARTNERSHIP }) { id } }', { id: ids.id(`c-${who}`), a: actor, b: person }, who),
    ]);
    const all = [saved, deleted, restored, ...others];
    if (!all.every((value) => value === all[0])) throw new Error(`editing is allowed for some operations only: ${JSON.stringify(all)}`);
    return saved;
  },
  'Import files (`importData`)': (who) => allowed('mutation($csv: String) { importData(actors: $csv) { rows } }', { csv: `id,name,silo,kind\n${ids.id('imported')},Importé,PRIVATE,COMPANY` }, who),
  'See the bin (`bin`)': (who) => allowed('{ bin(limit: 1) { id } }', {}, who),
  'See what needs a look (`freshness`, `/feeds/freshness.json`, `/feeds/freshness.atom`)': async (who) => {
    const query = await allowed('{ freshness(limit: 1) { today } }', {}, who);
    const feeds = await Promise.all(['json', 'atom'].map(async (format) => (await fetchAs(`/feeds/freshness.${format}?limit=1`, who)).status === 200));
    if (feeds.some((feed) => feed !== query)) throw new Error(`the freshness list is open one way only: ${query} ${feeds.join(' ')}`);
    return query;
  },
  'Save embed views (`createEmbedViews`…)': (who) =>
    allowed('mutation($name: Slug!) { createEmbedViews(input: [{ name: $name, title: "Vue", query: "territory=99997" }]) { embedViews { name } } }', { name: `${ids.prefix}vue-${who}` }, who),
  "Propose one's own entry (`declare`)": async (who) => {
    const input = { actor: { name: `${ids.prefix}déclaration`, silo: 'POPULATION', kind: 'ASSOCIATION' }, consentToPublish: true, submitterEmail: 'a@example.org' };
    return allowed('mutation($input: DeclarationInput!) { declare(input: $input) { id } }', { input }, who);
  },
  'Moderate proposals (`proposals`, `acceptProposal`, `rejectProposal`)': async (who) => {
    const queue = await allowed('{ proposals(limit: 1) { id } }', {}, who);
    const reject = await allowed('mutation { rejectProposal(id: "none") { id } }', {}, who).catch(() => true);
    if (queue !== reject) throw new Error(`moderation is allowed for some operations only: ${queue} ${reject}`);
    return queue;
  },
  "Export an actor's personal data (`personalData`)": (who) => allowed('query($id: ID!) { personalData(actorId: $id) }', { id: actor }, who),
  'Erase an actor for good (`eraseActor`)': async (who) => {
    const id = ids.id(`to-erase-${who}`);
    await api.graphql('mutation($id: ID!) { saveActor(input: { id: $id, name: "À effacer", silo: POPULATION, kind: PERSON }) { id } }', { id }, tokens.admin);
    return allowed('mutation($id: ID!) { eraseActor(actorId: $id) { pseudonym } }', { id }, who);
  },
  'Manage accounts (`accounts`, `createAccount`, `updateAccount`)': async (who) => {
    const list = await allowed('{ accounts { email } }', {}, who);
    const email = `${ids.prefix}${who}@example.org`;
    const create = await allowed('mutation($email: String!) { createAccount(email: $email, password: "une phrase de passe assez longue", roles: ["researcher"]) { email } }', { email }, who);
    const update = await allowed('mutation($email: String!) { updateAccount(email: $email, disabled: true) { email } }', { email: create ? email : 'personne@example.org' }, who).catch(() => false);
    if (list !== create || create !== update) throw new Error(`account management is allowed for some operations only: ${list} ${create} ${update}`);
    return list;
  },
  'Sign in (`login`)': async (who) => {
    const result = await api.graphql('mutation { login(email: "nobody@example.org", password: "wrong password") { token } }', {}, tokens[who]);
    return result.errors?.[0]?.extensions?.code === 'INVALID_CREDENTIALS';
  },
};

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $place, code: '99997', name: 'Commune des rôles', level: 'COMMUNE'})
     CREATE (a:Actor {id: $actor, name: 'Acteur', silo: 'PUBLIC', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true,
       contactName: 'Contact', contactEmail: $email, contactPhone: '0553000000', createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (p:Actor {id: $person, name: 'Personne', silo: 'POPULATION', kind: 'PERSON', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { place, actor, person, email: EMAIL },
  );
  // A journal entry carrying a contact field: what only animators may read.
  await api.graphql('mutation($id: ID!) { saveActor(input: { id: $id, contactPhone: "0553000001", contactConsentPurpose: "Contact par les animateurs" }) { id } }', { id: actor }, tokens.animator);
});

afterAll(async () => {
  await api.driver.executeQuery('MATCH (v:EmbedView) WHERE v.name STARTS WITH $prefix DELETE v', { prefix: ids.prefix });
  await api.driver.executeQuery('MATCH (a:Account) WHERE a.email STARTS WITH $prefix DELETE a', { prefix: ids.prefix });
  await api.driver.executeQuery('MATCH (p:Proposal) WHERE p.name STARTS WITH $prefix DELETE p', { prefix: ids.prefix });
});

describe('the role table of the README', () => {
  const table = readmeTable();

  it('has a probe for each of its rows, and a row for each probe', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(PROBES).sort());
  });

  for (const [what, cells] of table) {
    for (const who of ROLES) {
      it(`${what} — ${who}: ${cells[who] ? 'yes' : 'no'}`, async () => {
        expect(await PROBES[what]!(who)).toBe(cells[who]);
      });
    }
  }
});
