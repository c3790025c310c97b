import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';
import { FROM_SOURCES, SOURCE_ENV } from '../../../test/source.js';

const api = testApi();
const ids = testIds(api.driver, 'import');
// Test actors never go into a seed territory (other files count what the seed's territories hold): a commune of
// this file's own.
const place = ids.id('commune');
const animator = signTestJwt(['animator']);
const templates = join(import.meta.dirname, '..', '..', '..', 'seeds', 'templates');
const IMPORT = `mutation($actors: String, $links: String, $format: ImportFormat, $mapping: [ColumnMapping!], $dryRun: Boolean) {
  importData(actors: $actors, links: $links, format: $format, mapping: $mapping, dryRun: $dryRun) {
    dryRun committed rows created updated unchanged problems { file line field reason message } } }`;

interface Report { dryRun: boolean; committed: boolean; rows: number; created: number; updated: number; unchanged: number; problems: { file: string; line: number; field: string | null; reason: string; message: string }[] }

async function importData(variables: Record<string, unknown>): Promise<Report> {
  const result = await api.graphql<{ importData: Report }>(IMPORT, variables, animator);
  expect(result.errors).toBeUndefined();
  return result.data!.importData;
}

async function countPrefixed(prefix = ids.prefix): Promise<{ actors: number; links: number; changes: number }> {
  const { records } = await api.driver.executeQuery(
    `CALL () { MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS actors }
     CALL () { MATCH ()-[r:COOPERATES_WITH]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS links }
     CALL () { MATCH (c:Change) WHERE c.entityId STARTS WITH $prefix RETURN count(c) AS changes }
     RETURN actors, links, changes`,
    { prefix },
  );
  const record = records[0]!;
  return { actors: Number(record.get('actors')), links: Number(record.get('links')), changes: Number(record.get('changes')) };
}

/** A spreadsheet of `count` actors (in the seed's Bergerac) and a chain of links between them. */
function spreadsheet(count: number, prefix = ids.prefix): { actors: string[]; links: string[] } {
  const actors = ['id,name,silo,kind,territoryIds,sectorIds,essMember,fictional'];
  const links = ['id,from,to,kind,intensity'];
  for (let i = 0; i < count; i += 1) {
    actors.push(`${prefix}a${i},Acteur fictif ${i},${['PUBLIC', 'PRIVATE', 'POPULATION'][i % 3]},ASSOCIATION,${place},alimentation,oui,oui`);
    if (i > 0) links.push(`${prefix}l${i},${prefix}a${i - 1},${prefix}a${i},PARTNERSHIP,${1 + (i % 3)}`);
  }
  return { actors, links };
}

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await api.driver.executeQuery("CREATE (:Territory {id: $place, code: '99994', name: 'Commune des imports', level: 'COMMUNE'})", { place });
}, 60_000);

describe('import', () => {
  it('accepts the templates of seeds/templates, CSV and JSON, in a dry run that writes nothing', async () => {
    for (const [format, ext] of [['CSV', 'csv'], ['JSON', 'json']] as const) {
      const report = await importData({ format, actors: readFileSync(join(templates, `actors.${ext}`), 'utf8'), links: readFileSync(join(templates, `links.${ext}`), 'utf8') });
      expect(report, format).toMatchObject({ dryRun: true, committed: false, rows: 3, created: 3, problems: [] });
    }
    const { records } = await api.driver.executeQuery("MATCH (a:Actor) WHERE a.id STARTS WITH 'exemple-' RETURN count(a) AS n");
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('reports every bad row of a 200-actor spreadsheet with its line and reason, writes nothing, then imports it once fixed', async () => {
    const { actors, links } = spreadsheet(200);
    const broken = [...actors];
    broken[10] = broken[10]!.replace(/,(PUBLIC|PRIVATE|POPULATION),/, ',MARCHE,');
    broken[50] = broken[50]!.replace(',alimentation,', ',secteur-inconnu,');
    broken[120] = broken[120]!.replace(',oui,oui', ',peut-être,oui');
    const refused = await importData({ actors: broken.join('\n'), links: links.join('\n'), dryRun: false });
    expect(refused.committed).toBe(false);
    expect(refused.problems.map((problem) => [problem.file, problem.line, problem.field, problem.reason])).toEqual([
      ['actors', 11, 'silo', 'BAD_VALUE'],
      ['actors', 51, 'sectorIds: secteur-inconnu', 'UNKNOWN_REFERENCE'],
      ['actors', 121, 'essMember', 'BAD_BOOLEAN'],
      // The links to the refused actors are refused too: their actor is unknown.
      ...[[10, 'to', 9], [11, 'from', 9], [50, 'to', 49], [51, 'from', 49], [120, 'to', 119], [121, 'from', 119]]
        .map(([line, end, actor]) => ['links', line, `${end}: ${ids.prefix}a${actor}`, 'UNKNOWN_REFERENCE']),
    ]);
    expect(refused.problems.find((problem) => problem.reason === 'BAD_VALUE')?.message).toMatch(/^« MARCHE » : attendu PUBLIC, PRIVATE, POPULATION/);
    expect(await countPrefixed()).toEqual({ actors: 0, links: 0, changes: 0 });

    const imported = await importData({ actors: actors.join('\n'), links: links.join('\n'), dryRun: false });
    expect(imported).toMatchObject({ committed: true, rows: 399, created: 399, updated: 0, unchanged: 0, problems: [] });
    expect(await countPrefixed()).toEqual({ actors: 200, links: 199, changes: 399 });

    const again = await importData({ actors: actors.join('\n'), links: links.join('\n'), dryRun: false });
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 399 });
    expect(await countPrefixed()).toEqual({ actors: 200, links: 199, changes: 399 });
  });

  it("maps a spreadsheet's own headers, reads « ; » and decimal commas, and refuses unknown columns", async () => {
    const text = ['Identifiant;Nom;Silo;Nature;Code INSEE;Latitude;Longitude', `${ids.prefix}m1;Maison de quartier;Population;Association;${place};44,85;0,48`].join('\n');
    const mapping = [['Identifiant', 'id'], ['Nom', 'name'], ['Silo', 'silo'], ['Nature', 'kind'], ['Code INSEE', 'territoryIds'], ['Latitude', 'latitude'], ['Longitude', 'longitude']]
      .map(([column, field]) => ({ column, field }));
    const unmapped = await importData({ actors: text });
    expect(unmapped.problems[0]).toMatchObject({ line: 1, field: 'Identifiant', reason: 'UNKNOWN_COLUMN' });
    const mapped = await importData({ actors: text, mapping, dryRun: false });
    expect(mapped).toMatchObject({ committed: true, created: 1, problems: [] });
    const read = await api.graphql(`query($id: ID!) { actors(where: { id: { eq: $id } }) { silo locatedIn { id } location { latitude } } }`, { id: `${ids.prefix}m1` });
    expect(read.data).toEqual({ actors: [{ silo: 'POPULATION', locatedIn: [{ id: place }], location: { latitude: 44.85 } }] });
  });

  it('refuses unreadable files and the public', async () => {
    expect((await importData({ actors: 'id,name\n"unterminated' })).problems[0]).toMatchObject({ line: 0, reason: 'UNREADABLE' });
    expect((await importData({ format: 'JSON', actors: '{"not": "a list"}' })).problems[0]).toMatchObject({ reason: 'UNREADABLE' });
    const wrongTypes = await importData({ format: 'JSON', actors: JSON.stringify([{ id: `${ids.prefix}j1`, name: 'J', silo: 'PUBLIC', kind: 'EPCI', essMember: 5, latitude: '44,8', longitude: true }]) });
    expect(wrongTypes.problems.map((problem) => [problem.line, problem.field, problem.reason])).toEqual([[1, 'essMember', 'BAD_VALUE'], [1, 'longitude', 'BAD_VALUE']]);
    const anonymous = await api.graphql(IMPORT, { actors: 'id\nx' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leaves the graph as it was when the import process is killed halfway', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillage-import-'));
    const { actors } = spreadsheet(2_000, `${ids.prefix}k-`);
    writeFileSync(join(folder, 'actors.csv'), actors.join('\n'));
    const { uri, user, password } = inject('neo4j');
    const child = spawn(process.execPath, [...FROM_SOURCES, 'api/src/imports/cli.ts', '--actors', join(folder, 'actors.csv'), '--commit'], {
      env: { ...process.env, ...SOURCE_ENV, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/\[import\] 500\/2000 rows/.test(chunk.toString())) resolve();
      });
      child.once('exit', (code) => reject(new Error(`import ended (${code}) before it was killed`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await countPrefixed(`${ids.prefix}k-`)).toEqual({ actors: 0, links: 0, changes: 0 });
  }, 120_000);
});
