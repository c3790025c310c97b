import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// The embed's routes on the real API: the page for an EPCI, its headers, its privacy, oEmbed and the widget.
const api = testApi({ EMBED_FRAME_ANCESTORS: 'https://www.bergerac.fr https://www.cab-bergerac.fr', EMBED_RATE_LIMIT: '1000' });
const seed = grandBergeracois();
const people = seed.actors.filter((actor) => actor.kind === 'PERSON');
const contacts = seed.actors.flatMap((actor) => [actor.contactName, actor.contactEmail, actor.contactPhone]).filter((value): value is string => Boolean(value));

beforeAll(async () => {
  await loadDataset(api.driver, seed);
});

describe('the embed page', () => {
  it('shows an EPCI’s network, with its list of actors for screen readers, and nothing personal', async () => {
    const response = await fetch(api.url('/embed?territory=200070647&theme=dark&accent=0b57a4&lang=en'));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<body class="theme-dark" style="--accent:#0b57a4">');
    expect(html).toMatch(/<section class="list visually-hidden" aria-label="Actors and cooperations">/);
    expect(html).toContain("SCIC L&#39;Assiette Locale");
    expect(html).toMatch(/cooperates with: /);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(html).not.toContain(person.id);
      expect(html).not.toContain(person.name.replace(/'/g, '&#39;'));
    }
    for (const contact of contacts) expect(html).not.toContain(contact);
    const data = JSON.parse(html.match(/<script type="application\/json" id="maillage-data">(.*?)<\/script>/s)![1]!) as { network: { actors: Array<{ kind: string }> } };
    expect(data.network.actors.length).toBeGreaterThan(10);
    expect(data.network.actors.some((actor) => actor.kind === 'PERSON')).toBe(false);
  });

  it('may be framed by the sites allowed only, sets no cookie, and may be cached', async () => {
    const response = await fetch(api.url('/embed?territory=24037'));
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/www\.bergerac\.fr https:\/\/www\.cab-bergerac\.fr/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    for (const path of ['/', '/docs.html', '/graphql?query=%7B__typename%7D']) {
      const other = await fetch(api.url(path));
      expect(other.headers.get('x-frame-options'), path).toBe('DENY');
      expect(other.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
    }
  });

  it('says what is wrong with its parameters', async () => {
    const bad = await fetch(api.url('/embed?territory=Bergerac&height=20'));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/territory: a commune&#39;s INSEE code|territory: a commune's INSEE code/);
    const nowhere = await fetch(api.url('/embed?territory=99999'));
    expect(nowhere.status).toBe(400);
    expect(await nowhere.text()).toMatch(/unknown territory/);
  });
});

describe('oEmbed and the web component', () => {
  it('answers oEmbed with a rich iframe for one of its embed URLs', async () => {
    const url = api.url('/embed?territory=200070647&height=500');
    const response = await fetch(api.url(`/oembed?url=${encodeURIComponent(url)}&maxwidth=600`));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Maillage', width: 600, height: 660 });
    expect(answer.html).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?territory=200070647&amp;height=500" width="600" height="660"/);
    expect((await fetch(api.url(`/oembed?url=${encodeURIComponent('https://example.org/embed')}`))).status).toBe(404);
    expect((await fetch(api.url(`/oembed?url=${encodeURIComponent(url)}&format=xml`))).status).toBe(501);
  });

  it('serves the widget script to other sites', async () => {
    const response = await fetch(api.url('/embed/widget.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toContain('maillage-network');
  });
});

describe('the rate limit', () => {
  const limited = testApi({ EMBED_RATE_LIMIT: '3' });

  it('answers 429 past the requests a client may make in a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(limited.url('/embed/widget.js'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  const shared = testApi({ EMBED_RATE_LIMIT: '4', API_PROCESSES: '2' });

  it("counts in each of several processes its share of the site's limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(shared.url('/embed/widget.js'))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('saved embed views', () => {
  const saved = testApi();
  const ids = testIds(saved.driver, 'embedview');
  const name = ids.prefix.replace(/[^a-z0-9-]/g, '').slice(0, 40) + 'cab';
  const SAVE = `mutation($name: Slug!, $query: EmbedQuery!) { createEmbedViews(input: [{ name: $name, title: "CA Bergeracoise", query: $query }]) { embedViews { name } } }`;

  afterAll(async () => {
    await saved.driver.executeQuery('MATCH (v:EmbedView {name: $name}) DETACH DELETE v', { name });
  });

  it('are saved by animators only, under a short name, and served at /embed/v/<name>', async () => {
    const anonymous = await saved.graphql(SAVE, { name, query: 'territory=200070647' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const researcher = await saved.graphql(SAVE, { name, query: 'territory=200070647' }, signTestJwt(['researcher']));
    expect(researcher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const animator = await saved.graphql(SAVE, { name, query: 'territory=200070647&theme=dark' }, signTestJwt(['animator']));
    expect(animator.errors).toBeUndefined();
    const page = await fetch(saved.url(`/embed/v/${name}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<body class="theme-dark">');
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' \*/);
    const listed = await saved.graphql<{ embedViews: Array<{ name: string; query: string }> }>('query($name: Slug!) { embedViews(where: { name: { eq: $name } }) { name query } }', { name });
    expect(listed.data?.embedViews).toEqual([{ name, query: 'territory=200070647&theme=dark' }]);
    const oembed = await fetch(saved.url(`/oembed?url=${encodeURIComponent(saved.url(`/embed/v/${name}`))}`));
    expect(((await oembed.json()) as { html: string }).html).toContain(`/embed/v/${name}"`);
  });

  it('refuse bad names and parameters, and answer 404 for an unknown name', async () => {
    const badName = await saved.graphql(SAVE, { name: 'Not A Slug!', query: 'territory=1' }, signTestJwt(['animator']));
    expect(badName.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badQuery = await saved.graphql(SAVE, { name: `${name}-x`, query: 'script=<b>' }, signTestJwt(['animator']));
    expect(badQuery.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fetch(saved.url('/embed/v/nothing-saved-here'))).status).toBe(404);
  });
});
