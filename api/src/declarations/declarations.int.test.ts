import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi({ DECLARATION_RATE_LIMIT: '5', TRUST_PROXY: 'loopback' });
// An address of this file's own (through the trusted proxy header): other files' declarations do not count here.
const client = { 'x-forwarded-for': `192.0.2.${1 + Math.floor(Math.random() * 250)}` };
const ids = testIds(api.driver, 'declare');
const animator = signTestJwt(['animator']);
const [partner, place] = [ids.id('partner'), ids.id('commune')];

const DECLARE = `mutation($input: DeclarationInput!) { declare(input: $input) { id message } }`;
const QUEUE = `{ proposals { id name status submitterEmail declaration consentToContact } }`;
const ACCEPT = `mutation($id: ID!, $edits: ActorInput) { acceptProposal(id: $id, edits: $edits) { id change { action by } } }`;

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $place, code: '99996', name: 'Commune déclarée', level: 'COMMUNE'})
     CREATE (:Actor {id: $partner, name: 'Partenaire', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true,
       createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { partner, place },
  );
});

function declaration(name: string, extra: Record<string, unknown> = {}) {
  return {
    actor: { name, silo: 'POPULATION', kind: 'ASSOCIATION', territoryIds: [place], contactEmail: 'presidente@asso.example.org' },
    links: [{ partnerId: partner, kind: 'FUNDING', since: '2023-09-01' }],
    consentToPublish: true, consentToContact: true, submitterEmail: 'presidente@asso.example.org', ...extra,
  };
}

describe('self-declaration', () => {
  it('goes round: declared by the public, queued, accepted by an animator with a correction, in the graph as self-declared', async () => {
    const declared = await api.graphql<{ declare: { id: string; message: string } }>(DECLARE, { input: declaration('Les Jardins partagés (fictive)') }, undefined, client);
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declare.message).toMatch(/^Merci !/);
    const proposal = declared.data!.declare.id;

    expect((await api.graphql(QUEUE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const queue = await api.graphql<{ proposals: { id: string; name: string; status: string; submitterEmail: string }[] }>(QUEUE, {}, animator);
    expect(queue.data!.proposals).toContainEqual(expect.objectContaining({ id: proposal, name: 'Les Jardins partagés (fictive)', status: 'PENDING', submitterEmail: 'presidente@asso.example.org' }));
    // Nothing of it is public before it is accepted.
    const before = await api.graphql<{ actors: unknown[] }>('{ actors(where: { name: { eq: "Les Jardins partagés (fictive)" } }) { id } }');
    expect(before.data!.actors).toEqual([]);

    const id = ids.id('jardins');
    const accepted = await api.graphql<{ acceptProposal: { id: string; change: { action: string; by: string } } }>(ACCEPT, { id: proposal, edits: { id, description: 'Corrigée par l’animatrice' } }, animator);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptProposal).toEqual({ id, change: { action: 'CREATE', by: 'moderation:test' } });
    const read = await api.graphql<{ actors: { name: string; description: string; contactEmail: string; cooperatesWithConnection: { edges: { properties: { provenance: string; kind: string }; node: { id: string } }[] } }[] }>(
      `query($id: ID!) { actors(where: { id: { eq: $id } }) { name description contactEmail cooperatesWithConnection { edges { properties { provenance kind } node { id } } } } }`, { id }, animator);
    expect(read.data!.actors[0]).toMatchObject({ name: 'Les Jardins partagés (fictive)', description: 'Corrigée par l’animatrice', contactEmail: 'presidente@asso.example.org' });
    expect(read.data!.actors[0]!.cooperatesWithConnection.edges).toEqual([{ properties: { provenance: 'SELF_DECLARED', kind: 'FUNDING' }, node: { id: partner } }]);
    const { records } = await api.driver.executeQuery('MATCH (:Actor {id: $id})-[:CONSENTED]->(c:Consent) RETURN c.scope AS scope ORDER BY scope', { id });
    expect(records.map((record) => record.get('scope'))).toEqual(['contact', 'publication']);

    const again = await api.graphql(ACCEPT, { id: proposal }, animator);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    await api.driver.executeQuery('MATCH (p:Proposal {id: $proposal}) DETACH DELETE p WITH 1 AS x MATCH (a:Actor {id: $id})-[:CONSENTED]->(c) DETACH DELETE c', { proposal, id });
  });

  it('refuses a declaration without consent, contact details without their consent, or an oversized one, and can be rejected', async () => {
    const noConsent = await api.graphql(DECLARE, { input: declaration('Sans accord', { consentToPublish: false }) }, undefined, client);
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED', field: 'consentToPublish' });
    const noContactConsent = await api.graphql(DECLARE, { input: declaration('Sans accord de contact', { consentToContact: false }) }, undefined, client);
    expect(noContactConsent.errors?.[0]?.extensions).toMatchObject({ reason: 'CONSENT_REQUIRED', field: 'consentToContact' });
    const huge = await api.graphql(DECLARE, { input: declaration('Trop long', { actor: { name: 'Trop long', silo: 'POPULATION', kind: 'ASSOCIATION', description: 'x'.repeat(25_000) } }) }, undefined, client);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_LONG' });

    const robot = await api.graphql<{ declare: { id: string } }>(DECLARE, { input: declaration('Robot', { homepage: 'http://spam.example' }) }, undefined, client);
    expect(robot.data!.declare.id).toBe('00000000-0000-0000-0000-000000000000');
    const { records } = await api.driver.executeQuery("MATCH (p:Proposal {name: 'Robot'}) RETURN count(p) AS n");
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('stops a flood from one address', async () => {
    // The limit is 5 an hour in this file; the earlier tests used all of them.
    const flooded = await api.graphql(DECLARE, { input: declaration('Encore une') }, undefined, client);
    expect(flooded.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await api.driver.executeQuery('MATCH (t:Throttle {key: $key}) DELETE t', { key: `declare:${client['x-forwarded-for']}` });
    const rejected = await api.graphql<{ declare: { id: string } }>(DECLARE, { input: declaration('À refuser') }, undefined, client);
    const reject = await api.graphql(`mutation($id: ID!) { rejectProposal(id: $id, reason: "Doublon") { status reason decidedBy } }`, { id: rejected.data!.declare.id }, animator);
    expect(reject.data).toEqual({ rejectProposal: { status: 'REJECTED', reason: 'Doublon', decidedBy: 'test' } });
    await api.driver.executeQuery("MATCH (p:Proposal) WHERE p.name IN ['À refuser'] DETACH DELETE p");
    await api.driver.executeQuery('MATCH (t:Throttle {key: $key}) DELETE t', { key: `declare:${client['x-forwarded-for']}` });
  });
});
