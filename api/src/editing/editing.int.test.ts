import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi();
const ids = testIds(api.driver, 'editing');
const animator = signTestJwt(['animator']);
const [place, sector, resource] = [ids.id('commune'), ids.id('sector'), ids.id('resource')];

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (:Territory {id: $place, code: '99999', name: 'Commune de test', level: 'COMMUNE'})
     CREATE (:Sector {id: $sector, name: 'Secteur de test'})
     CREATE (:Resource {id: $resource, name: 'Local partagé', kind: 'MATERIAL'})`,
    { place, sector, resource },
  );
});

const SAVE_ACTOR = `mutation($input: ActorInput!) { saveActor(input: $input) {
  id change { action by entity entityId fields { field before after } } } }`;
const SAVE_LINK = `mutation($input: CooperationInput!) { saveCooperation(input: $input) { id change { action fields { field before after } } } }`;
const DELETE = `mutation($entity: EditedEntity!, $id: ID!) { deleteEntity(entity: $entity, id: $id) { id change { action } } }`;
const RESTORE = `mutation($entity: EditedEntity!, $id: ID!) { restoreEntity(entity: $entity, id: $id) { id change { action } } }`;
const READ = `query($id: ID!) { actors(where: { id: { eq: $id } }) { id name website sectors { id } locatedIn { id } offers { id } cooperatesWith { id } } }`;

interface Saved { saveActor: { id: string; change: { action: string; by: string; fields: { field: string; before: string | null; after: string | null }[] } | null } }

async function count(id: string): Promise<number> {
  const { records } = await api.driver.executeQuery('MATCH (n {id: $id}) RETURN count(n) AS n', { id });
  return Number(records[0]!.get('n'));
}

describe('editing', () => {
  it('is for animators: the public must sign in, a researcher may not, and nothing is written', async () => {
    const input = { id: ids.id('refused'), name: 'Refusé', silo: 'PRIVATE', kind: 'COMPANY' };
    const anonymous = await api.graphql(SAVE_ACTOR, { input });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const researcher = await api.graphql(SAVE_ACTOR, { input }, signTestJwt(['researcher']));
    expect(researcher.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(researcher.errors?.[0]?.message).toMatch(/^saveActor : réservé aux animateurs\./);
    expect(await count(input.id)).toBe(0);
  });

  it('creates an actor with its sectors, place and resources, journals it, and saving it again changes nothing', async () => {
    const input = {
      id: ids.id('cafe'), name: '  Café associatif  ', silo: 'POPULATION', kind: 'ASSOCIATION', website: 'https://cafe.example.org',
      latitude: 44.85, longitude: 0.48, sectorIds: [sector], territoryIds: [place], offers: [{ resourceId: resource, note: 'le lundi' }],
    };
    const created = await api.graphql<Saved>(SAVE_ACTOR, { input }, animator);
    expect(created.errors).toBeUndefined();
    const change = created.data!.saveActor.change!;
    expect(change).toMatchObject({ action: 'CREATE', by: 'test' });
    expect(change.fields).toContainEqual({ field: 'name', before: null, after: '"Café associatif"' });
    expect(change.fields).toContainEqual({ field: 'location', before: null, after: '{"latitude":44.85,"longitude":0.48}' });
    const read = await api.graphql(READ, { id: input.id });
    expect(read.data).toEqual({ actors: [{ id: input.id, name: 'Café associatif', website: 'https://cafe.example.org', sectors: [{ id: sector }], locatedIn: [{ id: place }], offers: [{ id: resource }], cooperatesWith: [] }] });

    const again = await api.graphql<Saved>(SAVE_ACTOR, { input }, animator);
    expect(again.data!.saveActor.change).toBeNull();

    const renamed = await api.graphql<Saved>(SAVE_ACTOR, { input: { id: input.id, name: 'Café du lien', website: null } }, animator);
    expect(renamed.data!.saveActor.change!.fields).toEqual([
      { field: 'name', before: '"Café associatif"', after: '"Café du lien"' },
      { field: 'website', before: '"https://cafe.example.org"', after: null },
    ]);
  });

  it('makes an id from the name when none is given', async () => {
    const created = await api.graphql<Saved>(SAVE_ACTOR, { input: { name: 'Ferme des Coteaux', silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    const id = created.data!.saveActor.id;
    expect(id).toMatch(/^ferme-des-coteaux-[0-9a-f]{4}$/);
    await api.driver.executeQuery('MATCH (n:Actor {id: $id}) DETACH DELETE n WITH 1 AS x MATCH (c:Change {entityId: $id}) DETACH DELETE c', { id });
  });

  it('refuses bad input field by field, in French first, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: ids.id('x1'), silo: 'PRIVATE', kind: 'COMPANY' }, 'REQUIRED', 'name'],
      [{ id: ids.id('x2'), name: '   ', silo: 'PRIVATE', kind: 'COMPANY' }, 'EMPTY', 'name'],
      [{ id: ids.id('x3'), name: 'X', silo: 'PRIVATE', kind: 'COMPANY', contactEmail: 'pas une adresse' }, 'BAD_EMAIL', 'contactEmail'],
      [{ id: ids.id('x4'), name: 'X', silo: 'PRIVATE', kind: 'COMPANY', website: 'javascript:alert(1)' }, 'BAD_URL', 'website'],
      [{ id: ids.id('x5'), name: 'X', silo: 'PRIVATE', kind: 'COMPANY', latitude: 44.8 }, 'BAD_COORDINATES', 'latitude'],
      [{ id: ids.id('x6'), name: 'X', silo: 'PRIVATE', kind: 'COMPANY', sectorIds: [sector, 'secteur-inconnu'] }, 'UNKNOWN_REFERENCE', 'sectorIds: secteur-inconnu'],
      [{ id: 'Pas Un Id!', name: 'X', silo: 'PRIVATE', kind: 'COMPANY' }, 'BAD_ID', 'id'],
      [{ id: ids.id('x7'), name: 'X', silo: 'PRIVATE', kind: 'COMPANY', contactEmail: 'x@example.org' }, 'CONSENT_REQUIRED', 'contactConsentPurpose'],
    ];
    for (const [input, reason, field] of cases) {
      const result = await api.graphql(SAVE_ACTOR, { input }, animator);
      expect(result.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(result.errors?.[0]?.message).toMatch(/^saveActor : .+\. \/ saveActor: .+\.$/);
      expect(await count(String(input.id))).toBe(0);
    }
  });

  it('creates and updates links between two existing, different actors, whose ends stay fixed', async () => {
    const [a, b] = [ids.id('la'), ids.id('lb')];
    for (const id of [a, b]) await api.graphql(SAVE_ACTOR, { input: { id, name: id, silo: 'PUBLIC', kind: 'EPCI' } }, animator);
    const link = ids.id('link');
    const created = await api.graphql(SAVE_LINK, { input: { id: link, from: a, to: b, kind: 'FUNDING', since: '2024-01-01', intensity: 2 } }, animator);
    expect(created.errors).toBeUndefined();
    const updated = await api.graphql<{ saveCooperation: { change: { fields: unknown[] } } }>(SAVE_LINK, { input: { id: link, intensity: 3, until: '2025-12-31' } }, animator);
    expect(updated.data!.saveCooperation.change.fields).toEqual([
      { field: 'intensity', before: '2', after: '3' },
      { field: 'until', before: null, after: '"2025-12-31"' },
    ]);
    const refusals: [Record<string, unknown>, string][] = [
      [{ id: link, from: a, to: ids.id('other') }, 'LINK_ENDS_FIXED'],
      [{ id: ids.id('self'), from: a, to: a, kind: 'FUNDING' }, 'SAME_ACTOR'],
      [{ id: ids.id('ghost'), from: a, to: ids.id('ghost-actor'), kind: 'FUNDING' }, 'UNKNOWN_REFERENCE'],
      [{ id: link, since: '2026-01-01' }, 'DATES_REVERSED'],
      [{ id: ids.id('nokind'), from: a, to: b }, 'REQUIRED'],
    ];
    for (const [input, reason] of refusals) {
      const result = await api.graphql(SAVE_LINK, { input }, animator);
      expect(result.errors?.[0]?.extensions, reason).toMatchObject({ reason });
    }
    const read = await api.graphql<{ actors: { cooperatesWith: { id: string }[] }[] }>(READ, { id: a });
    expect(read.data!.actors[0]!.cooperatesWith).toEqual([{ id: b }]);
  });

  it('deletes softly: gone from every query, listed in the bin, restored with its links', async () => {
    const [a, b] = [ids.id('da'), ids.id('db')];
    for (const id of [a, b]) await api.graphql(SAVE_ACTOR, { input: { id, name: `Acteur ${id}`, silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    await api.graphql(SAVE_LINK, { input: { id: ids.id('dlink'), from: a, to: b, kind: 'SUPPLY' } }, animator);

    const deleted = await api.graphql(DELETE, { entity: 'ACTOR', id: a }, animator);
    expect(deleted.data).toEqual({ deleteEntity: { id: a, change: { action: 'DELETE' } } });
    expect((await api.graphql(READ, { id: a })).data).toEqual({ actors: [] });
    expect((await api.graphql<{ actors: { cooperatesWith: unknown[] }[] }>(READ, { id: b })).data!.actors[0]!.cooperatesWith).toEqual([]);
    const bin = await api.graphql<{ bin: { entity: string; id: string; deletedBy: string }[] }>('{ bin { entity id deletedBy } }', {}, animator);
    expect(bin.data!.bin).toContainEqual({ entity: 'ACTOR', id: a, deletedBy: 'test' });
    expect((await api.graphql(SAVE_ACTOR, { input: { id: a, name: 'Encore' } }, animator)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_BIN' });
    expect((await api.graphql('{ bin { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const restored = await api.graphql(RESTORE, { entity: 'ACTOR', id: a }, animator);
    expect(restored.data).toEqual({ restoreEntity: { id: a, change: { action: 'RESTORE' } } });
    expect((await api.graphql<{ actors: { cooperatesWith: { id: string }[] }[] }>(READ, { id: a })).data!.actors[0]!.cooperatesWith).toEqual([{ id: b }]);

    await api.graphql(DELETE, { entity: 'COOPERATION', id: ids.id('dlink') }, animator);
    expect((await api.graphql<{ actors: { cooperatesWith: unknown[] }[] }>(READ, { id: a })).data!.actors[0]!.cooperatesWith).toEqual([]);
    await api.graphql(RESTORE, { entity: 'COOPERATION', id: ids.id('dlink') }, animator);
    expect((await api.graphql<{ actors: { cooperatesWith: unknown[] }[] }>(READ, { id: a })).data!.actors[0]!.cooperatesWith).toHaveLength(1);
    expect((await api.graphql(DELETE, { entity: 'ACTOR', id: ids.id('nobody') }, animator)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("keeps an actor's history, its links' changes included, the most recent first, for animators only", async () => {
    const [a, b] = [ids.id('ha'), ids.id('hb')];
    await api.graphql(SAVE_ACTOR, { input: { id: a, name: 'Historique', silo: 'PUBLIC', kind: 'COLLECTIVITE' } }, animator);
    await api.graphql(SAVE_ACTOR, { input: { id: b, name: 'Partenaire', silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    await api.graphql(SAVE_LINK, { input: { id: ids.id('hlink'), from: b, to: a, kind: 'PARTNERSHIP' } }, animator);
    await api.graphql(SAVE_ACTOR, { input: { id: a, description: 'Une commune' } }, animator);
    const query = 'query($id: ID!) { history(entity: ACTOR, id: $id) { action entity entityId by fields { field } } }';
    const history = await api.graphql<{ history: { action: string; entity: string; entityId: string }[] }>(query, { id: a }, animator);
    expect(history.data!.history.map((entry) => `${entry.action} ${entry.entity} ${entry.entityId}`)).toEqual([
      `UPDATE ACTOR ${a}`, `CREATE COOPERATION ${ids.id('hlink')}`, `CREATE ACTOR ${a}`,
    ]);
    expect((await api.graphql(query, { id: a }, signTestJwt(['researcher']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const journal = await api.graphql<{ changes: { entityId: string }[] }>('{ changes(limit: 1000) { entityId } }', {}, animator);
    expect(journal.data!.changes.map((entry) => entry.entityId)).toEqual(expect.arrayContaining([a, b, ids.id('hlink')]));
  });

  it('exports the whole journal as JSON lines: whole for animators, without personal data for researchers, not at all for the public', async () => {
    const id = ids.id('journal');
    await api.graphql(SAVE_ACTOR, { input: { id, name: 'Journal', silo: 'PRIVATE', kind: 'COMPANY', contactEmail: 'journal@example.org', contactConsentPurpose: 'Relances du PTCE' } }, animator);
    const read = async (token?: string): Promise<{ status: number; lines: { entityId: string; by: string; after: Record<string, unknown> | null }[] }> => {
      const response = await fetch(api.url('/export/journal.jsonl'), { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const text = await response.text();
      return { status: response.status, lines: response.status === 200 ? text.trim().split('\n').map((line) => JSON.parse(line)) : [] };
    };
    expect((await read()).status).toBe(401);
    const whole = await read(animator);
    expect(whole.lines.find((line) => line.entityId === id)).toMatchObject({ by: 'test', after: { contactEmail: 'journal@example.org' } });
    const redacted = await read(signTestJwt(['researcher']));
    const entry = redacted.lines.find((line) => line.entityId === id)!;
    expect(entry.by).toBe('animator');
    expect(entry.after).not.toHaveProperty('contactEmail');
  });

  it('refuses the generated create, update and delete mutations: every write goes through the journal', async () => {
    const result = await api.graphql('mutation { deleteActors { nodesDeleted } }', {}, animator);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
