import { bumpGraphVersion } from '@maillage/schema';
import { describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// Two API processes' worth of apps on one Neo4j, each with its own response cache.
const first = testApi();
const second = testApi();
const ids = testIds(first.driver, 'cache');
const animator = signTestJwt(['animator']);
const READ = 'query($id: ID!) { actors(where: { id: { eq: $id } }) { id name } }';
const SAVE = 'mutation($input: ActorInput!) { saveActor(input: $input) { id } }';

async function post(api: typeof first, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(api.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: response.headers.get('x-cache'), etag: response.headers.get('etag'), body: (await response.json()) as { data?: { actors: { name: string }[] } } };
}

const nameIn = (answer: Awaited<ReturnType<typeof post>>) => answer.body.data?.actors[0]?.name;

describe('the response cache', () => {
  it('serves a public read from memory, and a write through another process is seen at the next request', async () => {
    const id = ids.id('actor');
    await first.graphql(SAVE, { input: { id, name: 'Avant', silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    expect(nameIn(await post(first, READ, { id }))).toBe('Avant');
    const again = await post(first, READ, { id });
    expect(again).toMatchObject({ cache: 'HIT' });
    expect(nameIn(again)).toBe('Avant');

    const saved = await second.graphql(SAVE, { input: { id, name: 'Après', silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    expect(saved.errors).toBeUndefined();
    const after = await post(first, READ, { id });
    expect(after.cache).toBe('MISS');
    expect(nameIn(after)).toBe('Après');
  });

  it('sees a script that writes in its own transaction and raises the version', async () => {
    const id = ids.id('scripted');
    await first.graphql(SAVE, { input: { id, name: 'Script avant', silo: 'PUBLIC', kind: 'COLLECTIVITE' } }, animator);
    await post(first, READ, { id });
    expect((await post(first, READ, { id })).cache).toBe('HIT');
    const session = first.driver.session();
    await session.executeWrite(async (tx) => {
      await tx.run("MATCH (a:Actor {id: $id}) SET a.name = 'Script après'", { id });
      await bumpGraphVersion(tx);
    });
    await session.close();
    expect(nameIn(await post(first, READ, { id }))).toBe('Script après');
  });

  it('keeps nothing for animators, and keys by role', async () => {
    const id = ids.id('roles');
    await first.graphql(SAVE, { input: { id, name: 'Rôles', silo: 'PUBLIC', kind: 'COLLECTIVITE' } }, animator);
    expect((await post(first, READ, { id }, animator)).cache).toBeNull();
    expect((await post(first, READ, { id }, animator)).cache).toBeNull();
    const researcher = signTestJwt(['researcher']);
    expect((await post(first, READ, { id }, researcher)).cache).toBe('MISS');
    expect((await post(first, READ, { id })).cache).toBe('MISS');
    expect((await post(first, READ, { id }, researcher)).cache).toBe('HIT');
  });

  it('keeps no answer with errors, and leaves mutations and personal reads alone', async () => {
    const bad = 'query($id: ID!) { actors(where: { id: { eq: $id } }, limit: 100000) { id } }';
    const first1 = await post(first, bad, { id: 'x' });
    expect(first1.cache).toBe('MISS');
    expect((await post(first, bad, { id: 'x' })).cache).toBe('MISS');
    expect((await post(first, '{ me { email } }', {})).cache).toBeNull();
  });

  it('answers a GET with an ETag that any process honours with 304 while the graph stays the same', async () => {
    const id = ids.id('etag');
    await first.graphql(SAVE, { input: { id, name: 'Étiquette', silo: 'POPULATION', kind: 'ASSOCIATION' } }, animator);
    const address = (api: typeof first) => api.url(`/graphql?query=${encodeURIComponent(READ)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`);
    const headers = { 'apollo-require-preflight': 'true' };
    const fresh = await fetch(address(first), { headers });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('cache-control')).toBe('public, no-cache');
    const etag = fresh.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await fetch(address(second), { headers: { ...headers, 'if-none-match': etag } })).status).toBe(304);

    await second.graphql(SAVE, { input: { id, name: 'Étiquette 2', silo: 'POPULATION', kind: 'ASSOCIATION' } }, animator);
    const changed = await fetch(address(first), { headers: { ...headers, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(JSON.stringify(await changed.json())).toContain('Étiquette 2');
  });

  it('serves the embeds and exports the public reads from memory, with their own headers', async () => {
    const embed = '/embed?lang=fr';
    const miss = await fetch(first.url(embed));
    const missBody = await miss.text();
    expect(miss.status, missBody.slice(0, 300)).toBe(200);
    const hit = await fetch(first.url(embed));
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(await hit.text()).toBe(missBody);
    expect(hit.headers.get('content-security-policy')).toBe(miss.headers.get('content-security-policy'));
    expect(hit.headers.get('x-frame-options')).toBeNull();
    expect(hit.headers.get('content-type')).toMatch(/^text\/html/);

    await fetch(first.url('/export/network.json'));
    const exported = await fetch(first.url('/export/network.json'));
    expect(exported.headers.get('x-cache')).toBe('HIT');
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
  });
});
