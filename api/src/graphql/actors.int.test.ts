import { describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

const api = testApi();
const ids = testIds(api.driver, 'actors');

const animator = signTestJwt(['animator']);
const SAVE = `mutation Save($input: ActorInput!) { saveActor(input: $input) { id } }`;

function actorInput(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name: `Acteur ${id}`, silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: true, fictional: true, ...extra };
}

describe('actors through GraphQL', () => {
  it('creates, reads, filters, updates and deletes an actor', async () => {
    const id = ids.id('crud');
    const created = await api.graphql(SAVE, { input: actorInput(id, { latitude: 44.85, longitude: 0.48 }) }, animator);
    expect(created.errors).toBeUndefined();
    expect(created.data).toEqual({ saveActor: { id } });

    const read = await api.graphql<{ actors: { id: string; createdAt: string; location: { latitude: number } }[] }>(
      `query($prefix: ID!) { actors(where: { id: { startsWith: $prefix }, silo: { eq: POPULATION } }) { id createdAt location { latitude } } }`,
      { prefix: ids.prefix },
    );
    expect(read.data?.actors).toHaveLength(1);
    expect(read.data?.actors[0]?.location.latitude).toBeCloseTo(44.85);
    expect(Date.parse(read.data?.actors[0]?.createdAt ?? '')).not.toBeNaN();

    await api.graphql(SAVE, { input: { id, name: 'Nouveau nom' } }, animator);
    const renamed = await api.graphql(`query($id: ID!) { actors(where: { id: { eq: $id } }) { name } }`, { id });
    expect(renamed.data).toEqual({ actors: [{ name: 'Nouveau nom' }] });

    const deleted = await api.graphql(`mutation($id: ID!) { deleteEntity(entity: ACTOR, id: $id) { id } }`, { id }, animator);
    expect(deleted.data).toEqual({ deleteEntity: { id } });
    expect((await api.graphql(`query($id: ID!) { actors(where: { id: { eq: $id } }) { name } }`, { id })).data).toEqual({ actors: [] });
  });

  it('refuses a duplicate key of a generated mutation with a clear, coded error', async () => {
    const name = `${ids.prefix}vue`;
    const create = `mutation($name: Slug!) { createEmbedViews(input: [{ name: $name, title: "Vue", query: "territory=200070647" }]) { embedViews { name } } }`;
    expect((await api.graphql(create, { name }, animator)).errors).toBeUndefined();
    const again = await api.graphql(create, { name }, animator);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
    expect(again.errors?.[0]?.message).toMatch(/existe déjà/);
    await api.driver.executeQuery('MATCH (v:EmbedView {name: $name}) DELETE v', { name });
  });

  it('refuses an unknown enum value or a missing field as BAD_USER_INPUT', async () => {
    const bad = await api.graphql(SAVE, { input: actorInput(ids.id('bad'), { silo: 'MARKET' }) }, animator);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.graphql(SAVE, { input: { id: ids.id('missing') } }, animator);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps contact details for animators only', async () => {
    const id = ids.id('contact');
    await api.driver.executeQuery(
      `CREATE (:Actor {id: $id, name: 'Association', silo: 'POPULATION', kind: 'ASSOCIATION', ptceRole: 'NONE', essMember: false,
        fictional: true, contactEmail: 'personne@example.org', createdAt: datetime(), updatedAt: datetime()})`,
      { id },
    );
    const query = `query($id: ID!) { actors(where: { id: { eq: $id } }) { name contactEmail } }`;
    const anonymous = await api.graphql(query, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(anonymous)).not.toContain('personne@example.org');
    const researcher = await api.graphql(query, { id }, signTestJwt(['researcher']));
    expect(researcher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await api.graphql(query, { id }, signTestJwt(['animator'], 'a-secret-the-server-does-not-know-at-all'));
    expect(forged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(forged)).not.toContain('personne@example.org');
    const animator = await api.graphql(query, { id }, signTestJwt(['animator']));
    expect(animator.data).toEqual({ actors: [{ name: 'Association', contactEmail: 'personne@example.org' }] });
    const publicFields = await api.graphql(`query($id: ID!) { actors(where: { id: { eq: $id } }) { name } }`, { id });
    expect(publicFields.data).toEqual({ actors: [{ name: 'Association' }] });
  });

  it('offers no filter or sort on contact details, which would reveal them one guess at a time', async () => {
    for (const query of [
      '{ actors(where: { contactEmail: { startsWith: "a" } }) { id } }',
      '{ actors(sort: [{ contactPhone: ASC }]) { id } }',
      '{ actorsConnection(where: { contactName: { eq: "x" } }) { totalCount } }',
    ]) {
      expect((await api.graphql(query)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
