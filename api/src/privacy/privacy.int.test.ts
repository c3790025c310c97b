import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';
import { backupGraph } from '../backup/index.js';

const api = testApi();
const ids = testIds(api.driver, 'privacy');
const [animator, admin] = [signTestJwt(['animator']), signTestJwt(['admin'])];
const [person, partner] = [ids.id('camille'), ids.id('mairie')];
const EMAIL = `camille.${ids.prefix}@example.org`;
const folder = mkdtempSync(join(tmpdir(), 'maillage-privacy-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SAVE = 'mutation($input: ActorInput!) { saveActor(input: $input) { id } }';

describe("a person's rights", () => {
  it('of access: everything held about them, contact details, links and journal included, for animators', async () => {
    await api.graphql(SAVE, { input: { id: person, name: 'Camille (fictive)', silo: 'POPULATION', kind: 'PERSON', contactEmail: EMAIL, contactConsentPurpose: 'Contact par les animateurs', contactConsentGivenAt: '2026-01-15' } }, animator);
    await api.graphql(SAVE, { input: { id: partner, name: 'Mairie', silo: 'PUBLIC', kind: 'COLLECTIVITE' } }, animator);
    await api.graphql('mutation($input: CooperationInput!) { saveCooperation(input: $input) { id } }', { input: { id: ids.id('link'), from: person, to: partner, kind: 'KNOWLEDGE_SHARING' } }, animator);
    const query = 'query($id: ID!) { personalData(actorId: $id) }';
    expect((await api.graphql(query, { id: person }, signTestJwt(['researcher']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const result = await api.graphql<{ personalData: string }>(query, { id: person }, animator);
    const data = JSON.parse(result.data!.personalData) as { actor: { contactEmail: string }; links: { partner: string }[]; journal: unknown[]; consents: unknown[] };
    expect(data.actor.contactEmail).toBe(EMAIL);
    expect(data.links).toEqual([expect.objectContaining({ partner: 'Mairie', kind: 'KNOWLEDGE_SHARING' })]);
    expect(data.journal).toHaveLength(2);
    expect(data.consents).toEqual([expect.objectContaining({ scope: 'contact', purpose: 'Contact par les animateurs', givenAt: '2026-01-15', source: 'animator' })]);
  });

  it('of erasure: gone for good, from the journal’s details and from backups made afterwards', async () => {
    const ERASE = 'mutation($id: ID!) { eraseActor(actorId: $id) { pseudonym } }';
    expect((await api.graphql(ERASE, { id: person }, animator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const erased = await api.graphql<{ eraseActor: { pseudonym: string } }>(ERASE, { id: person }, admin);
    expect(erased.data!.eraseActor.pseudonym).toMatch(/^erased-/);
    expect((await api.graphql(ERASE, { id: person }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const history = await api.graphql<{ history: { action: string; fields: unknown[] }[] }>('query($id: ID!) { history(entity: ACTOR, id: $id) { action fields { field } } }', { id: partner }, animator);
    expect(history.data!.history.map((entry) => entry.action)).toEqual(['CREATE', 'CREATE']);
    expect(history.data!.history[0]!.fields).toEqual([]);

    const file = join(folder, 'after.jsonl');
    await backupGraph(api.driver, 'neo4j', file);
    const backup = readFileSync(file, 'utf8');
    expect(backup).not.toContain(EMAIL);
    expect(backup).not.toContain(person);
    expect(backup).toContain(partner);
  });
});
