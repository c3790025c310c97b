import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi({ WORKSHOP_ENTRY_RATE_LIMIT: '12', TRUST_PROXY: 'loopback' });
const ids = testIds(api.driver, 'workshop');
const animator = signTestJwt(['animator']);
const [commune, mairie] = [ids.id('commune'), ids.id('mairie')];
const made: string[] = [];

const WORKSHOP = 'id code status step writingAlone participants anonymity';
const ENTRY = 'id kind status hidden name from to mergedWith author';
const CREATE = `mutation($input: WorkshopInput!) { createWorkshop(input: $input) { ${WORKSHOP} steps } }`;
const JOIN = `mutation($code: WorkshopCode!, $name: String, $consent: Boolean!) { joinWorkshop(code: $code, name: $name, consent: $consent) { session workshop { ${WORKSHOP} } } }`;
const ADD = `mutation($input: WorkshopEntryInput!) { addWorkshopEntry(input: $input) { ${ENTRY} } }`;
const CHANGE = `mutation($id: ID!, $input: WorkshopEntryInput!) { changeWorkshopEntry(id: $id, input: $input) { ${ENTRY} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawWorkshopEntry(id: $id) { ${ENTRY} } }`;
const CONSOLE = `query($id: ID!) { workshopConsole(id: $id) { workshop { ${WORKSHOP} } entries { ${ENTRY} } } }`;
const CONTROL = `mutation($id: ID!, $control: WorkshopControl!) { controlWorkshop(id: $id, control: $control) { ${WORKSHOP} } }`;
const APPROVE = `mutation($id: ID!, $edits: WorkshopEntryEdits) { approveWorkshopEntry(id: $id, edits: $edits) { ${ENTRY} } }`;
const MERGE = `mutation($id: ID!, $actorId: ID!) { mergeWorkshopEntry(id: $id, actorId: $actorId) { ${ENTRY} } }`;
const CLOSE = `mutation($id: ID!) { closeWorkshop(id: $id) { workshop { status participants } actorsCreated linksCreated resourcesAdded } }`;

interface Workshop { id: string; code: string; status: string; step: number; writingAlone: boolean; participants: number }
interface Entry { id: string; kind: string; status: string; hidden: boolean; name: string | null; mergedWith: string | null; author: string | null }

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $commune, code: '99995', name: 'Commune de l’atelier', level: 'COMMUNE'})
     CREATE (:Actor {id: $mairie, name: 'Mairie de Saint-Atelier', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { commune, mairie },
  );
});

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (w:Workshop) WHERE w.id IN $made
     OPTIONAL MATCH (e:WorkshopEntry {workshopId: w.id}) OPTIONAL MATCH (p:WorkshopParticipant {workshopId: w.id})
     OPTIONAL MATCH (a:Actor {workshopId: w.id}) OPTIONAL MATCH (c:Change) WHERE c.by = 'workshop:' + w.id
     DETACH DELETE e, p, a, c, w`,
    { made },
  );
});

async function newWorkshop(extra: Record<string, unknown> = {}): Promise<Workshop> {
  const created = await api.graphql<{ createWorkshop: Workshop }>(CREATE, { input: { title: 'Atelier test', date: '2026-11-30', question: 'Qui coopère avec qui ?', territoryId: commune, ...extra } }, animator);
  expect(created.errors).toBeUndefined();
  made.push(created.data!.createWorkshop.id);
  return created.data!.createWorkshop;
}

async function join(code: string, name: string | null): Promise<string> {
  const joined = await api.graphql<{ joinWorkshop: { session: string } }>(JOIN, { code, name, consent: true });
  expect(joined.errors).toBeUndefined();
  return joined.data!.joinWorkshop.session;
}

const as = (session: string) => ({ 'x-workshop-session': session });

describe('a Living Lab workshop', () => {
  it('runs from creation to closing: join by code, add, merge, write alone then reveal, approve, and the graph gains it with its provenance', async () => {
    const workshop = await newWorkshop();
    expect(workshop).toMatchObject({ status: 'OPEN', step: 0, participants: 0, anonymity: 'PSEUDONYMOUS' });
    expect(workshop.code).toMatch(/^[ACEFGHJKMNPQRTWXY34679]{6}$/);
    const public_ = await api.graphql<{ workshopByCode: { title: string } }>('query($code: WorkshopCode!) { workshopByCode(code: $code) { title } }', { code: workshop.code.toLowerCase() });
    expect(public_.data!.workshopByCode.title).toBe('Atelier test');

    const camille = await join(workshop.code, 'Camille');
    const dominique = await join(workshop.code, 'Dom');
    const org = await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'ORGANISATION', name: 'Le Jardin d’atelier (fictif)', silo: 'POPULATION', actorKind: 'ASSOCIATION', communeId: commune } }, undefined, as(camille));
    expect(org.errors).toBeUndefined();
    expect(org.data!.addWorkshopEntry).toMatchObject({ status: 'PENDING', hidden: false, author: null });
    const orgRef = `entry:${org.data!.addWorkshopEntry.id}`;
    // A duplicate of the town hall, merged by the facilitator with the actor already in the graph.
    const twin = await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'ORGANISATION', name: 'mairie de saint atelier', silo: 'PUBLIC', actorKind: 'COLLECTIVITE' } }, undefined, as(dominique));
    const matches = await api.graphql<{ workshopMatches: { id: string }[] }>('query($name: String!, $communeId: ID) { workshopMatches(name: $name, communeId: $communeId) { id } }', { name: 'Mairie de Saint-Atélier', communeId: commune }, animator);
    expect(matches.data!.workshopMatches[0]!.id).toBe(mairie);

    // Write alone, then reveal.
    await api.graphql(CONTROL, { id: workshop.id, control: { step: 1, writingAlone: true } }, animator);
    const link = await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'LINK', from: orgRef, to: `entry:${twin.data!.addWorkshopEntry.id}`, linkKind: 'PARTNERSHIP' } }, undefined, as(dominique));
    expect(link.data!.addWorkshopEntry.hidden).toBe(true);
    const need = await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'NEED', from: orgRef, name: 'Local de stockage atelier', resourceKind: 'MATERIAL' } }, undefined, as(camille));
    const revealed = await api.graphql<{ controlWorkshop: Workshop }>(CONTROL, { id: workshop.id, control: { writingAlone: false } }, animator);
    expect(revealed.data!.controlWorkshop).toMatchObject({ step: 1, writingAlone: false, participants: 2 });

    const console_ = await api.graphql<{ workshopConsole: { entries: Entry[] } }>(CONSOLE, { id: workshop.id }, animator);
    expect(console_.data!.workshopConsole.entries.map((entry) => [entry.kind, entry.hidden, entry.author])).toEqual([['NEED', false, 'Camille'], ['LINK', false, 'Dom'], ['ORGANISATION', false, 'Dom'], ['ORGANISATION', false, 'Camille']]);
    expect((await api.graphql(APPROVE, { id: org.data!.addWorkshopEntry.id, edits: { name: 'Le Jardin partagé d’atelier (fictif)' } }, animator)).errors).toBeUndefined();
    const merged = await api.graphql<{ mergeWorkshopEntry: Entry }>(MERGE, { id: twin.data!.addWorkshopEntry.id, actorId: mairie }, animator);
    expect(merged.data!.mergeWorkshopEntry).toMatchObject({ status: 'APPROVED', mergedWith: mairie });
    for (const entry of [link, need]) expect((await api.graphql(APPROVE, { id: entry.data!.addWorkshopEntry.id }, animator)).errors).toBeUndefined();

    const closed = await api.graphql<{ closeWorkshop: unknown }>(CLOSE, { id: workshop.id }, animator);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeWorkshop).toEqual({ workshop: { status: 'CLOSED', participants: 0 }, actorsCreated: 1, linksCreated: 1, resourcesAdded: 1 });
    const { records } = await api.driver.executeQuery(
      `MATCH (a:Actor {workshopId: $id})-[r:COOPERATES_WITH]-(m:Actor {id: $mairie}) MATCH (a)-[:NEEDS]->(n:Resource)
       MATCH (c:Change {entityId: r.id}) RETURN a.name AS name, a.provenance AS actorProvenance, toString(a.workshopDate) AS actorDate, toString(r.workshopDate) AS date, r.provenance AS provenance, r.confidence AS confidence, n.name AS need, c.by AS by`,
      { id: workshop.id, mairie },
    );
    expect(records.map((record) => record.toObject())).toEqual([{ name: 'Le Jardin partagé d’atelier (fictif)', actorProvenance: 'WORKSHOP', actorDate: '2026-11-30', date: '2026-11-30', provenance: 'WORKSHOP', confidence: 0.7, need: 'Local de stockage atelier', by: `workshop:${workshop.id}` }]);
    // Sessions and pseudonyms are gone; nothing says who wrote what.
    const left = await api.driver.executeQuery('MATCH (e:WorkshopEntry {workshopId: $id}) WHERE e.participantId IS NOT NULL RETURN count(e) AS n', { id: workshop.id });
    expect(left.records[0]!.get('n').toNumber()).toBe(0);
    await api.driver.executeQuery('MATCH (r:Resource {name: $name}) DETACH DELETE r', { name: 'Local de stockage atelier' });
  });

  it('stores no author at all in an anonymous workshop', async () => {
    const workshop = await newWorkshop({ anonymity: 'ANONYMOUS', moderation: 'IMMEDIATE' });
    const session = await join(workshop.code, 'Un nom donné quand même');
    const entry = await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'LINK', from: mairie, to: mairie, linkKind: 'PARTNERSHIP' } }, undefined, as(session));
    expect(entry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAME_ACTOR' });
    const { records } = await api.driver.executeQuery('MATCH (p:WorkshopParticipant {workshopId: $id}) RETURN p.name AS name', { id: workshop.id });
    expect(records.map((record) => record.get('name'))).toEqual([null]);
  });

  it('refuses, with a clear code: a bad or unknown code, no consent, no session, others’ entries, too long a text, too many entries, paused joining, a closed workshop', async () => {
    const workshop = await newWorkshop({ moderation: 'IMMEDIATE' });
    const refusal = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => (await api.graphql(query, variables, undefined, headers)).errors?.[0];
    expect((await refusal(JOIN, { code: 'OOOOOO', name: 'x', consent: true }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refusal(JOIN, { code: 'AAAAAA', name: 'x', consent: true }))?.message).toMatch(/^joinWorkshop : aucun atelier n'a ce code.* \/ joinWorkshop: no workshop has this code/);
    expect((await refusal(JOIN, { code: workshop.code, name: 'x', consent: false }))?.extensions).toMatchObject({ reason: 'CONSENT_REQUIRED' });
    expect((await refusal(JOIN, { code: workshop.code, name: ' ', consent: true }))?.extensions).toMatchObject({ reason: 'NAME_REQUIRED' });
    const [alice, bob] = [await join(workshop.code, 'Alice'), await join(workshop.code, 'Bob')];
    const input = { kind: 'ORGANISATION', name: 'Association d’Alice (fictive)', silo: 'POPULATION', actorKind: 'ASSOCIATION' };
    expect((await refusal(ADD, { input }))?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' });
    expect((await refusal(ADD, { input }, as('not-a-session')))?.extensions).toMatchObject({ reason: 'NO_SESSION' });
    expect((await refusal(ADD, { input: { ...input, name: 'x'.repeat(201) } }, as(alice)))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name' });
    expect((await refusal(ADD, { input: { kind: 'LINK', from: mairie, to: 'nobody', linkKind: 'FUNDING' } }, as(alice)))?.extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'to' });
    const mine = (await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input }, undefined, as(alice))).data!.addWorkshopEntry;
    expect((await refusal(CHANGE, { id: mine.id, input: { ...input, name: 'Détourné' } }, as(bob)))?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOURS' });
    expect((await refusal(WITHDRAW, { id: mine.id }, as(bob)))?.extensions).toMatchObject({ reason: 'NOT_YOURS' });
    expect((await api.graphql<{ changeWorkshopEntry: Entry }>(CHANGE, { id: mine.id, input: { ...input, name: 'Association Alice (fictive)' } }, undefined, as(alice))).data!.changeWorkshopEntry.name).toBe('Association Alice (fictive)');
    const mineNow = await api.graphql<{ myWorkshop: { entries: Entry[] } }>(`{ myWorkshop { entries { ${ENTRY} } } }`, {}, undefined, as(bob));
    expect(mineNow.data!.myWorkshop.entries).toEqual([]);
    expect((await refusal(ADD, { input: { ...input, actorKind: 'PERSON' } }, as(alice)))?.extensions).toMatchObject({ reason: 'ORGANISATIONS_ONLY' });
    // Twelve a minute per participant here (WORKSHOP_ENTRY_RATE_LIMIT): the rest wait.
    const carol = await join(workshop.code, 'Carol');
    const burst = await Promise.all(Array.from({ length: 14 }, () => refusal(ADD, { input }, as(carol))));
    expect(burst.filter((error) => error?.extensions?.reason === 'TOO_MANY_ENTRIES').length).toBe(2);
    expect((await refusal(WITHDRAW, { id: mine.id }, as(alice)))).toBeUndefined();

    await api.graphql(CONTROL, { id: workshop.id, control: { pauseJoining: true } }, animator);
    expect((await refusal(JOIN, { code: workshop.code, name: 'Tard', consent: true }))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'JOINING_PAUSED' });
    expect((await refusal(CONTROL, { id: workshop.id, control: { step: 9 } }, {}))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(CONTROL, { id: workshop.id, control: { step: 9 } }, animator)).errors?.[0]?.extensions).toMatchObject({ reason: 'BAD_STEP' });
    expect((await api.graphql(CLOSE, { id: workshop.id }, animator)).errors).toBeUndefined();
    expect((await api.graphql(CLOSE, { id: workshop.id }, animator)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLOSED' });
    expect((await refusal(ADD, { input }, as(alice)))?.extensions).toMatchObject({ reason: 'NO_SESSION' });
    expect((await refusal(JOIN, { code: workshop.code, name: 'Après', consent: true }))?.extensions).toMatchObject({ reason: 'CLOSED' });
  });

  it('lets participants find organisations as they type (the graph’s and the workshop’s, never a person), say which they speak for, and stay in touch if they ask', async () => {
    const workshop = await newWorkshop({ moderation: 'IMMEDIATE' });
    const person = ids.id('personne');
    await api.driver.executeQuery("CREATE (:Actor {id: $person, name: 'Saint-Atelier Personne', silo: 'POPULATION', kind: 'PERSON', fictional: true})", { person });
    const joined = await api.graphql<{ joinWorkshop: { session: string } }>(JOIN.replace('$consent: Boolean!)', '$consent: Boolean!, $stay: Boolean, $contact: String)').replace('consent: $consent)', 'consent: $consent, stayInTouch: $stay, contact: $contact)'),
      { code: workshop.code, name: 'Eve', consent: true, stay: true, contact: 'eve@example.org' });
    const eve = joined.data!.joinWorkshop.session;
    const proposed = (await api.graphql<{ addWorkshopEntry: Entry }>(ADD, { input: { kind: 'ORGANISATION', name: 'Atelier vélo de Saint-Atelier (fictif)', silo: 'PRIVATE', actorKind: 'COMPANY' } }, undefined, as(eve))).data!.addWorkshopEntry;
    const found = await api.graphql<{ workshopLookup: { id: string; name: string; proposed: boolean }[] }>('query($text: String!) { workshopLookup(text: $text) { id name proposed } }', { text: 'saint atelier' }, undefined, as(eve));
    expect(found.data!.workshopLookup.map((ref) => ref.id)).toEqual([`entry:${proposed.id}`, mairie]);
    expect((await api.graphql('query { workshopLookup(text: "saint") { id } }')).errors?.[0]?.extensions).toMatchObject({ reason: 'NO_SESSION' });
    const me = await api.graphql<{ chooseWorkshopOrganisation: { organisation: { id: string; name: string; silo: string } } }>('mutation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id name silo } } }', { ref: mairie }, undefined, as(eve));
    expect(me.data!.chooseWorkshopOrganisation.organisation).toEqual({ id: mairie, name: 'Mairie de Saint-Atelier', silo: 'PUBLIC' });
    expect((await api.graphql('mutation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { organisation { id } } }', { ref: person }, undefined, as(eve))).errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE' });
    const board = await api.graphql<{ workshopBoard: { entries: { id: string; author: string | null }[]; counters: { participants: number; organisations: number } } }>(
      'query($code: WorkshopCode!) { workshopBoard(code: $code) { entries { id author } counters { participants organisations links crossSiloShare } } }', { code: workshop.code });
    expect(board.data!.workshopBoard).toEqual({ entries: [{ id: proposed.id, author: null }], counters: { participants: 1, organisations: 1, links: 0, crossSiloShare: null } });
    await api.graphql(CLOSE, { id: workshop.id }, animator);
    const contacts = await api.graphql<{ workshopConsole: { contacts: unknown[]; workshop: { participants: number } } }>(`query($id: ID!) { workshopConsole(id: $id) { workshop { participants } contacts { name contact } } }`, { id: workshop.id }, animator);
    expect(contacts.data!.workshopConsole).toEqual({ workshop: { participants: 0 }, contacts: [{ name: 'Eve', contact: 'eve@example.org' }] });
    const { records } = await api.driver.executeQuery('MATCH (p:WorkshopParticipant {workshopId: $id}) RETURN p.tokenHash AS token, p.organisation AS organisation', { id: workshop.id });
    expect(records.map((record) => record.toObject())).toEqual([{ token: null, organisation: null }]);
    await api.driver.executeQuery('MATCH (a:Actor {id: $person}) DETACH DELETE a', { person });
  });

  it('votes, at the voting step, on the cooperations proposed in its territory, and its summary tells what it did', async () => {
    const [place, offerer, needer, partner] = [ids.id('vote-commune'), ids.id('offreur'), ids.id('demandeur'), ids.id('partenaire')];
    const resource = 'Broyeur de végétaux atelier';
    const resourceId = ids.id('broyeur');
    await api.driver.executeQuery(
      `CREATE (t:Territory {id: $place, code: '99994', name: 'Commune du vote', level: 'COMMUNE'})
       CREATE (r:Resource {id: $resourceId, name: $resource, kind: 'MATERIAL'})
       CREATE (o:Actor {id: $offerer, name: 'Syndicat du broyage (vote)', silo: 'PUBLIC', kind: 'PUBLIC_AGENCY', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
       CREATE (n:Actor {id: $needer, name: 'Jardins du vote (fictifs)', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
       CREATE (p:Actor {id: $partner, name: 'Mairie du vote', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true})-[:LOCATED_IN]->(t)
       CREATE (o)-[:OFFERS]->(r), (n)-[:NEEDS]->(r)
       CREATE (o)-[:COOPERATES_WITH {id: $link, kind: 'PARTNERSHIP', provenance: 'ANIMATOR'}]->(p)`,
      { place, offerer, needer, partner, resource, resourceId, link: ids.id('lien') },
    );
    const workshop = await newWorkshop({ moderation: 'IMMEDIATE', territoryId: place });
    const [ana, ben] = [await join(workshop.code, 'Ana'), await join(workshop.code, 'Ben')];
    await api.graphql('mutation($ref: ID!) { chooseWorkshopOrganisation(ref: $ref) { workshop { id } } }', { ref: offerer }, undefined, as(ana));
    await api.graphql(ADD, { input: { kind: 'LINK', from: needer, to: offerer, linkKind: 'PARTNERSHIP' } }, undefined, as(ben));
    const PROPOSALS = 'query($code: WorkshopCode!) { workshopProposals(code: $code) { id kind fromName toName resource votes mine } }';
    const proposals = (await api.graphql<{ workshopProposals: { id: string; kind: string; resource: string | null }[] }>(PROPOSALS, { code: workshop.code })).data!.workshopProposals;
    const match = proposals.find((proposal) => proposal.kind === 'RESOURCE');
    expect(match).toMatchObject({ id: `match:${offerer}|${needer}|${resourceId}`, resource });
    const VOTE = 'mutation($id: ID!, $vote: Boolean!) { voteWorkshopProposal(id: $id, vote: $vote) { id votes mine } }';
    expect((await api.graphql(VOTE, { id: match!.id, vote: true }, undefined, as(ana))).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_VOTING_YET' });
    await api.graphql(CONTROL, { id: workshop.id, control: { step: 3 } }, animator);
    const voted = await api.graphql<{ voteWorkshopProposal: { id: string; votes: number; mine: boolean }[] }>(VOTE, { id: match!.id, vote: true }, undefined, as(ana));
    expect(voted.data!.voteWorkshopProposal.find((proposal) => proposal.id === match!.id)).toEqual({ id: match!.id, votes: 1, mine: true });
    expect((await api.graphql(VOTE, { id: 'match:nothing', vote: true }, undefined, as(ana))).errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_FOUND' });
    const seen = await api.graphql<{ workshopProposals: { id: string; votes: number; mine: boolean }[] }>(PROPOSALS, { code: workshop.code }, undefined, as(ben));
    expect(seen.data!.workshopProposals.find((proposal) => proposal.id === match!.id)).toMatchObject({ votes: 1, mine: false });
    await api.graphql(ADD, { input: { kind: 'NEED', from: needer, name: resource, resourceKind: 'MATERIAL' } }, undefined, as(ben));

    expect((await api.graphql(CLOSE, { id: workshop.id }, animator)).errors).toBeUndefined();
    const SUMMARY = `query($id: ID!) { workshopSummary(id: $id) { participantsBySilo { silo participants } participantsTotal actorsAdded linksAdded resourcesAdded
      crossSiloShareBefore crossSiloShareAfter matchedNeeds { need neededBy offeredBy } voted { from to resource votes } addedLinkIds } }`;
    const summary = await api.graphql<{ workshopSummary: Record<string, unknown> & { addedLinkIds: string[] } }>(SUMMARY, { id: workshop.id }, animator);
    expect(summary.errors).toBeUndefined();
    expect(summary.data!.workshopSummary).toMatchObject({
      participantsBySilo: [{ silo: 'PUBLIC', participants: 1 }, { silo: null, participants: 1 }], participantsTotal: 2, actorsAdded: 0, linksAdded: 1, resourcesAdded: 1,
      crossSiloShareBefore: 0, crossSiloShareAfter: 0.5,
      matchedNeeds: [{ need: resource, neededBy: 'Jardins du vote (fictifs)', offeredBy: ['Syndicat du broyage (vote)'] }],
      voted: [{ from: 'Syndicat du broyage (vote)', to: 'Jardins du vote (fictifs)', resource, votes: 1 }],
    });
    expect(summary.data!.workshopSummary.addedLinkIds).toHaveLength(1);
    expect((await api.graphql(SUMMARY, { id: workshop.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const votesLeft = await api.driver.executeQuery('MATCH (v:WorkshopVote {workshopId: $id}) RETURN count(v) AS n', { id: workshop.id });
    expect(votesLeft.records[0]!.get('n').toNumber()).toBe(0);
    await api.driver.executeQuery('MATCH (a:Actor) WHERE a.id IN $actors DETACH DELETE a WITH 1 AS done MATCH (r:Resource {id: $resourceId}) DETACH DELETE r WITH 1 AS done MATCH (t:Territory {id: $place}) DETACH DELETE t',
      { actors: [offerer, needer, partner], resourceId, place });
  });
});
