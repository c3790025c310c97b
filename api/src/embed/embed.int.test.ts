import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../../test/api.js';

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
});
