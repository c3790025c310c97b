import { bumpGraphVersion } from '@maillage/schema';
import { describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// Two API processes' worth of apps on one Neo4j, each with its own response cache.
const first = testApi();
const second = testApi();
const uncached = testApi({ RESPONSE_CACHE_MB: '0' });
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
  return {
    cache: response.headers.get('x-cache'), etag: response.headers.get('etag'), version: response.headers.get('x-graph-version'),
    body: (await response.json()) as { data?: { actors: { name: string }[] } },
  };
}

/**
 * Makes `requests` again until all its answers saw one graph version: the other test files write to the same
 * Neo4j meanwhile, and any write anywhere rightly empties every cache.
 */
async function onOneVersion<const T extends readonly { version: string | null }[]>(requests: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const answers = await requests();
    if (new Set(answers.map((answer) => answer.version)).size === 1 || attempt === 20) return answers;
  }
}

const nameIn = (answer: Awaited<ReturnType<typeof post>>) => answer.body.data?.actors[0]?.name;

describe('the response cache', () => {
  it('serves a public read from memory, and a write through another process is seen at the next request', async () => {
    const id = ids.id('actor');
    await first.graphql(SAVE, { input: { id, name: 'Avant', silo: 'PRIVATE', kind: 'COMPANY' } }, animator);
    const [before, again] = await onOneVersion(async () => [await post(first, READ, { id }), await post(first, READ, { id })]);
    expect(nameIn(before)).toBe('Avant');
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
    const [, kept] = await onOneVersion(async () => [await post(first, READ, { id }), await post(first, READ, { id })]);
    expect(kept.cache).toBe('HIT');
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
    const answers = await onOneVersion(async () => [await post(first, READ, { id }, researcher), await post(first, READ, { id }), await post(first, READ, { id }, researcher)]);
    expect(answers.map((answer) => answer.cache)).toEqual(['MISS', 'MISS', 'HIT']);
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
    const withVersion = (response: Response) => ({ response, version: response.headers.get('x-graph-version') });
    const [{ response: fresh }, { response: honoured }] = await onOneVersion(async () => {
      const answer = await fetch(address(first), { headers });
      const tag = answer.headers.get('etag') ?? '';
      return [withVersion(answer), withVersion(await fetch(address(second), { headers: { ...headers, 'if-none-match': tag } }))];
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('cache-control')).toBe('public, no-cache');
    const etag = fresh.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect(honoured.status).toBe(304);

    await second.graphql(SAVE, { input: { id, name: 'Étiquette 2', silo: 'POPULATION', kind: 'ASSOCIATION' } }, animator);
    const changed = await fetch(address(first), { headers: { ...headers, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(JSON.stringify(await changed.json())).toContain('Étiquette 2');
  });

  it('serves the embeds and exports the public reads from memory, with their own headers', async () => {
    const read = async (path: string) => {
      const response = await fetch(first.url(path));
      return { response, body: await response.text(), version: response.headers.get('x-graph-version') };
    };
    // A height of its own: an address no other test has had kept yet.
    const embed = `/embed?lang=fr&height=${400 + Math.floor(Math.random() * 200)}`;
    const [{ response: miss, body: missBody }, { response: hit, body: hitBody }] = await onOneVersion(async () => [await read(embed), await read(embed)]);
    expect(miss.status, missBody.slice(0, 300)).toBe(200);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hitBody).toBe(missBody);
    expect(hit.headers.get('content-security-policy')).toBe(miss.headers.get('content-security-policy'));
    expect(hit.headers.get('x-frame-options')).toBeNull();
    expect(hit.headers.get('content-type')).toMatch(/^text\/html/);

    const [, { response: exported }] = await onOneVersion(async () => [await read('/export/network.json'), await read('/export/network.json')]);
    expect(exported.headers.get('x-cache')).toBe('HIT');
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
  });

  it('sends a kept answer compressed as the browser asks (brotli, else gzip), the same body once decoded', async () => {
    // Answers under a kilobyte go as they are: enough actors for one over it, whatever else the database holds.
    for (let n = 0; n < 20; n += 1) {
      await first.graphql(SAVE, { input: { id: ids.id(`compressed-${n}`), name: `Coopérative compressée numéro ${n}`, silo: 'PRIVATE', kind: 'COOPERATIVE' } }, animator);
    }
    const query = '{ network { actors { id name silo kind } } }';
    const read = async (encoding: string) => {
      const response = await fetch(first.url('/graphql'), {
        method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding }, body: JSON.stringify({ query }),
      });
      return { encoding: response.headers.get('content-encoding'), cache: response.headers.get('x-cache'), body: await response.text(), version: response.headers.get('x-graph-version') };
    };
    const [plain, brotli, gzip] = await onOneVersion(async () => [await read('identity'), await read('gzip, br'), await read('gzip')]);
    expect(plain.encoding).toBeNull();
    expect(brotli).toMatchObject({ cache: 'HIT', encoding: 'br', body: plain.body });
    expect(gzip).toMatchObject({ cache: 'HIT', encoding: 'gzip', body: plain.body });
  });

  it('steps aside entirely with RESPONSE_CACHE_MB=0: no answer kept, no graph version read nor ETag of its own', async () => {
    const answers = [await post(uncached, READ, { id: 'nobody' }), await post(uncached, READ, { id: 'nobody' })];
    expect(answers.map((answer) => [answer.cache, answer.version])).toEqual([[null, null], [null, null]]);
    // Only Express's own weak tag of the body, if any.
    for (const { etag } of answers) expect(etag === null || etag.startsWith('W/')).toBe(true);
    expect(answers[1]!.body.data?.actors).toEqual([]);
  });
});
