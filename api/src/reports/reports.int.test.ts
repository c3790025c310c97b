import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { pdfText } from '../../../test/pdf.js';
import { numberWords } from './document/format.js';

// The report read back: its PDF's text (pdf.js) holds the analytics API's figures for the same filter and days,
// on the seed; other test files add actors meanwhile, never in the seed's région.
const api = testApi();
const FILTER = { territory: 'region:75' };
const [FROM, TO] = ['2024-01-01', '2025-12-31'];
const QUERY = `territory=region:75&from=${FROM}&to=${TO}`;
const animator = signTestJwt(['animator']);
const n = numberWords('fr');

const STATS = 'actors links crossSiloShare density components largestComponent isolatedActors';
interface Stats { actors: number; links: number; crossSiloShare: number; density: number; components: number; largestComponent: number; isolatedActors: number }
interface Matrix { eiIndex: number; expectedEiIndex: number }
interface Changes { linksGained: unknown[]; linksLost: unknown[]; crossSiloLinksGained: number; crossSiloLinksLost: number }

async function analyticsOn(asOf: string): Promise<{ stats: Stats; matrix: Matrix }> {
  const result = await api.graphql<{ networkStats: Stats; siloMatrix: Matrix }>(
    `query($filter: NetworkFilter) { networkStats(filter: $filter) { ${STATS} } siloMatrix(filter: $filter) { eiIndex expectedEiIndex } }`,
    { filter: { ...FILTER, asOf } },
  );
  return { stats: result.data!.networkStats, matrix: result.data!.siloMatrix };
}

async function get(path: string, token?: string): Promise<Response> {
  return fetch(api.url(path), token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** A table row as pdf.js reads it: the label, then each cell, one space apart (French's narrow spaces too). */
const row = (label: string, cells: string[]): string => [label, ...cells].join(' ').replace(/\s+/g, ' ');

const people = grandBergeracois().actors.filter((actor) => actor.kind === 'PERSON');
const unpublished = people.filter((person) => !person.publicationConsent).map((person) => person.name);
// A person's contact name is their name, which animators see: the contact details are the e-mail and the phone.
const contacts = grandBergeracois().actors.flatMap((actor) => [actor.contactEmail, actor.contactPhone]).filter((value): value is string => Boolean(value));

let publicPdf: { pages: string[]; text: string; title: string | null };
let graphVersion: string | null;
beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  const response = await get(`/report.pdf?${QUERY}`);
  expect(response.status).toBe(200);
  graphVersion = response.headers.get('x-graph-version');
  publicPdf = await pdfText(new Uint8Array(await response.arrayBuffer()));
}, 120_000);

describe('the steering-committee report, read back', () => {
  it('is a PDF whose key figures are the analytics API’s, then and now', async () => {
    const [then, now] = [await analyticsOn(FROM), await analyticsOn(TO)];
    const text = publicPdf.text;
    expect(publicPdf.title).toContain('Rapport au comité de pilotage');
    expect(text).toContain('du 1 janv. 2024 au 31 déc. 2025');
    expect(text).toContain(row('Acteurs', [n.integer(then.stats.actors), n.integer(now.stats.actors), n.change(then.stats.actors, now.stats.actors, 'count')]));
    expect(text).toContain(row('Liens de coopération', [n.integer(then.stats.links), n.integer(now.stats.links), n.change(then.stats.links, now.stats.links, 'count')]));
    expect(text).toContain(row('Part des liens entre silos', [n.percent(then.stats.crossSiloShare), n.percent(now.stats.crossSiloShare), n.change(then.stats.crossSiloShare, now.stats.crossSiloShare, 'share')]));
    expect(text).toContain(row('Indice E-I (−1 entre soi, +1 entre silos)', [n.decimal(then.matrix.eiIndex), n.decimal(now.matrix.eiIndex), n.change(then.matrix.eiIndex, now.matrix.eiIndex, 'decimal')]));
    expect(text).toContain(row('Indice E-I de liens tirés au hasard', [n.decimal(then.matrix.expectedEiIndex), n.decimal(now.matrix.expectedEiIndex)]));
    expect(text).toContain(row('Densité', [n.decimal(then.stats.density), n.decimal(now.stats.density)]));
    expect(text).toContain(row('Composantes (parties séparées)', [n.integer(then.stats.components), n.integer(now.stats.components)]));
    expect(text).toContain(row('Acteurs isolés (aucun lien)', [n.integer(then.stats.isolatedActors), n.integer(now.stats.isolatedActors)]));
    expect(publicPdf.pages.length).toBeGreaterThan(5);
  });

  it('counts the links gained and lost as networkChanges does', async () => {
    const result = await api.graphql<{ networkChanges: Changes }>(
      'query($filter: NetworkFilter) { networkChanges(from: "2024-01-01", to: "2025-12-31", filter: $filter) { linksGained { id } linksLost { id } crossSiloLinksGained crossSiloLinksLost } }',
      { filter: FILTER },
    );
    const changes = result.data!.networkChanges;
    expect(publicPdf.text).toContain(`Liens noués : ${n.integer(changes.linksGained.length)}, dont ${n.integer(changes.crossSiloLinksGained)} entre silos`);
    expect(publicPdf.text).toContain(`Liens terminés : ${n.integer(changes.linksLost.length)}, dont ${n.integer(changes.crossSiloLinksLost)} entre silos`);
  });

  it('says where its figures come from: the graph version, the selection, the command that makes it again', () => {
    expect(graphVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(publicPdf.text).toContain(`version du graphe ${graphVersion}`);
    expect(publicPdf.text).toContain('Sélection Territoire : Nouvelle-Aquitaine');
    expect(publicPdf.text).toContain(`npm run report -- --territory region:75 --from ${FROM} --to ${TO}`);
    for (const section of ['Méthode', 'Couverture des données', 'Qui tient le réseau ensemble', 'Qualité des données', 'Projets, par phase']) expect(publicPdf.text).toContain(section);
  });

  it('gives the public no person without consent and no contact detail; animators every person, still no contact', async () => {
    const publicHtml = await (await get(`/report.html?${QUERY}`)).text();
    const animatorResponse = await get(`/report.html?${QUERY}`, animator);
    const animatorHtml = await animatorResponse.text();
    expect(unpublished.length).toBeGreaterThan(0);
    for (const name of unpublished) {
      expect(publicHtml).not.toContain(name);
      expect(publicPdf.text).not.toContain(name);
    }
    for (const contact of contacts) {
      for (const text of [publicHtml, animatorHtml, publicPdf.text]) expect(text).not.toContain(contact);
    }
    expect(publicHtml).toContain('Version publique');
    expect(publicHtml).toContain(`Personne <strong>${people.length - unpublished.length}</strong>`);
    expect(animatorHtml).toContain('Version animateurs');
    expect(animatorHtml).toContain(`Personne <strong>${people.length}</strong>`);
    expect(animatorResponse.headers.get('cache-control')).toBe('private, no-store');
  });

  it('gives the same figures for the same inputs', async () => {
    const strip = (html: string): string => html.replace(/\d+\.\d+\.\d+/g, 'VERSION');
    const [first, second] = [await (await get(`/report.html?${QUERY}`)).text(), await (await get(`/report.html?${QUERY}`)).text()];
    expect(strip(second)).toBe(strip(first));
  });

  it('speaks English on request', async () => {
    const response = await get(`/report.html?${QUERY}&lang=en`);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Report to the steering committee');
    expect(html).toContain('Key figures, then and now');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses bad parameters with a message in French and English, never a crash', async () => {
    const cases: Array<[string, RegExp]> = [
      ['from=2025-12-31&to=2025-01-01', /from: 2025-12-31 comes after to/],
      ['from=2025-02-30&to=2025-12-31', /from: a day YYYY-MM-DD, got "2025-02-30"/],
      ['to=2025-12-31', /from: required/],
      ['from=2025-01-01&to=2025-12-31&lang=de', /lang: one of fr, en/],
      ['from=2025-01-01&to=2025-12-31&silos=NOBODY', /silos/],
      ['from=2025-01-01&to=2025-12-31&asOf=2025-06-01', /asOf/],
    ];
    for (const [query, message] of cases) {
      const response = await get(`/report.pdf?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]!.message).toMatch(/Paramètres du rapport invalides \/ invalid report parameters/);
      expect(body.errors[0]!.message).toMatch(message);
    }
    const unknown = await get('/report.html?from=2025-01-01&to=2025-12-31&territory=commune:00000');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/territoire inconnu.*unknown territory/);
  });
});

describe('npm run report', () => {
  it('writes the same report from the command line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'maillage-report-'));
    const out = join(folder, 'rapport.pdf');
    const { uri, user, password } = inject('neo4j');
    const { stderr } = await promisify(execFile)(
      'npx', ['tsx', '--conditions=maillage:source', 'api/src/reports/cli.ts', '--from', FROM, '--to', TO, '--territory', 'region:75', '--out', out],
      { env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password }, cwd: join(import.meta.dirname, '..', '..', '..') },
    );
    expect(stderr).toMatch(/public version, graph version \d+\.\d+\.\d+/);
    const cli = await pdfText(new Uint8Array(await readFile(out)));
    const keyFigures = (text: string): string => text.slice(text.indexOf('Indicateur'), text.indexOf('Acteurs par silo'));
    expect(keyFigures(cli.text)).toBe(keyFigures(publicPdf.text));
  }, 120_000);
});
