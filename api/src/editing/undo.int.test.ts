import { describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// Undo, on Neo4j: any journal entry reverted by a new one, or refused with why.
const api = testApi();
const ids = testIds(api.driver, 'undo');
const animator = signTestJwt(['animator']);

interface Result { entity: string; id: string; change: { id: string; action: string; undoes: string | null; fields: Array<{ field: string }> } | null }

async function mutate(query: string, variables: Record<string, unknown>): Promise<{ data: Result | null; error: { message: string; code: string; reason: string | undefined } | null }> {
  const result = await api.graphql<Record<string, Result>>(query, variables, animator);
  const error = result.errors?.[0];
  return { data: result.data ? Object.values(result.data)[0] ?? null : null, error: error ? { message: error.message, code: String(error.extensions?.code), reason: error.extensions?.reason as string | undefined } : null };
}

const RESULT = '{ entity id change { id action undoes fields { field } } }';
const save = (input: Record<string, unknown>) => mutate(`mutation($input: ActorInput!) { saveActor(input: $input) ${RESULT} }`, { input });
const undo = (id: string) => mutate(`mutation($id: ID!) { undoChange(id: $id) ${RESULT} }`, { id });
const nameOf = async (id: string): Promise<string | null> => {
  const { records } = await api.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id });
  return (records[0]?.get('name') as string | undefined) ?? null;
};

describe('undoChange', () => {
  it('gives back the fields an update changed, with a new entry saying what it undoes', async () => {
    const id = ids.id('cafe');
    const created = await save({ id, name: 'Café associatif', silo: 'POPULATION', kind: 'ASSOCIATION', website: 'https://cafe.example.org' });
    const updated = await save({ id, name: 'Café des Bastides', website: null });
    expect(updated.data!.change!.fields.map((field) => field.field).sort()).toEqual(['name', 'website']);

    // The creation cannot be undone while the update stands after it.
    const refused = await undo(created.data!.change!.id);
    expect(refused.error).toMatchObject({ code: 'CONFLICT', reason: 'LATER_CHANGES' });
    expect(refused.error!.message).toMatch(/1 modification\(s\) plus récente\(s\) de cet objet : annulez-les d'abord\. \/ undoChange: 1 later change\(s\)/);

    const undone = await undo(updated.data!.change!.id);
    expect(undone.error).toBeNull();
    expect(undone.data!.change).toMatchObject({ action: 'UPDATE', undoes: updated.data!.change!.id });
    expect(await nameOf(id)).toBe('Café associatif');
    const { records } = await api.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.website AS website', { id });
    expect(records[0]!.get('website')).toBe('https://cafe.example.org');

    const history = await api.graphql<{ history: Array<{ action: string; undoes: string | null }> }>('query($id: ID!) { history(entity: ACTOR, id: $id) { action undoes } }', { id }, animator);
    expect(history.data!.history[0]).toEqual({ action: 'UPDATE', undoes: updated.data!.change!.id });
  });

  it('sends an undone creation to the bin, and brings an undone deletion back', async () => {
    const id = ids.id('garage');
    const created = await save({ id, name: 'Garage solidaire', silo: 'POPULATION', kind: 'ASSOCIATION' });
    expect((await undo(created.data!.change!.id)).data!.change).toMatchObject({ action: 'DELETE' });
    expect(await nameOf(id)).toBeNull();
    const { data } = await mutate(`mutation($id: ID!) { restoreEntity(entity: ACTOR, id: $id) ${RESULT} }`, { id });
    const deleted = await mutate(`mutation($id: ID!) { deleteEntity(entity: ACTOR, id: $id) ${RESULT} }`, { id });
    expect(data!.change!.action).toBe('RESTORE');
    expect((await undo(deleted.data!.change!.id)).data!.change).toMatchObject({ action: 'RESTORE', undoes: deleted.data!.change!.id });
    expect(await nameOf(id)).toBe('Garage solidaire');
  });

  it('refuses an entry that changed a consent, and one that does not exist', async () => {
    const id = ids.id('person');
    await save({ id, name: 'Dominique Test', silo: 'POPULATION', kind: 'PERSON' });
    const consented = await save({ id, publicationConsentPurpose: 'Carte du pôle', publicationConsentSource: 'Atelier' });
    expect((await undo(consented.data!.change!.id)).error).toMatchObject({ code: 'CONFLICT', reason: 'CANNOT_UNDO' });
    expect((await undo('no-such-change')).error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('merges one actor into another, field by field, and takes the merge apart again', async () => {
    const [kept, merged, partner, resource] = [ids.id('kept'), ids.id('merged'), ids.id('partner'), ids.id('resource')];
    await api.driver.executeQuery("CREATE (:Resource {id: $resource, name: 'Atelier bois', kind: 'MATERIAL'})", { resource });
    await save({ id: kept, name: 'Recyclerie du Test', silo: 'POPULATION', kind: 'ASSOCIATION', website: 'https://recyclerie.example.org' });
    await save({ id: merged, name: 'RECYCLERIE DU TEST', silo: 'POPULATION', kind: 'ASSOCIATION', siren: '552100554', offers: [{ resourceId: resource }] });
    await save({ id: partner, name: 'Partenaire du test', silo: 'PUBLIC', kind: 'COLLECTIVITE' });
    const link = (from: string, to: string, id: string) => mutate(`mutation($input: CooperationInput!) { saveCooperation(input: $input) ${RESULT} }`, { input: { id, from, to, kind: 'PARTNERSHIP' } });
    await link(merged, partner, ids.id('l-partner'));
    await link(kept, merged, ids.id('l-between'));

    const result = await mutate(`mutation($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) ${RESULT} }`, { kept, merged, take: ['siren'] });
    expect(result.error).toBeNull();
    expect(result.data!.change).toMatchObject({ action: 'MERGE' });
    const state = async () => (await api.driver.executeQuery(
      `MATCH (k:Actor {id: $kept})
       RETURN k.siren AS siren, k.website AS website, EXISTS { MATCH (m:Actor {id: $merged}) } AS mergedVisible,
         COLLECT { MATCH (k)-[r:COOPERATES_WITH]-(o) RETURN r.id + '>' + o.id } AS links, COLLECT { MATCH (k)-[:OFFERS]->(r) RETURN r.id } AS offers`,
      { kept, merged },
    )).records[0]!.toObject();
    expect(await state()).toEqual({ siren: '552100554', website: 'https://recyclerie.example.org', mergedVisible: false, links: [`${ids.id('l-partner')}>${partner}`], offers: [resource] });

    const undone = await undo(result.data!.change!.id);
    expect(undone.error).toBeNull();
    expect(undone.data!.change).toMatchObject({ undoes: result.data!.change!.id });
    expect(await state()).toEqual({ siren: null, website: 'https://recyclerie.example.org', mergedVisible: true, links: [`${ids.id('l-between')}>${merged}`], offers: [] });
    const { records } = await api.driver.executeQuery('MATCH (:Actor {id: $merged})-[r:COOPERATES_WITH]-(:Actor {id: $partner}) RETURN r.id AS id', { merged, partner });
    expect(records.map((record) => record.get('id'))).toEqual([ids.id('l-partner')]);
  });

  it('refuses to merge a person with an organisation, or a field that cannot be chosen', async () => {
    const query = `mutation($kept: ID!, $merged: ID!, $take: [String!]!) { mergeActors(kept: $kept, merged: $merged, take: $take) ${RESULT} }`;
    const [organisation, person] = [ids.id('org'), ids.id('someone')];
    await save({ id: organisation, name: 'Organisation', silo: 'PRIVATE', kind: 'COMPANY' });
    await save({ id: person, name: 'Quelqu’un', silo: 'POPULATION', kind: 'PERSON' });
    expect((await mutate(query, { kept: organisation, merged: person, take: [] })).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSON_AND_ORGANISATION' });
    expect((await mutate(query, { kept: organisation, merged: ids.id('cafe'), take: ['id'] })).error).toMatchObject({ reason: 'NOT_MERGEABLE' });
  });
});

