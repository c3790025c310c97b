import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../test/api.js';
import { testIds } from '../../../test/neo4j.js';

// Likely duplicates, on Neo4j: the desk's list, and the import's notice for a new actor that looks like one there.
const api = testApi();
const ids = testIds(api.driver, 'duplicates');
const animator = signTestJwt(['animator']);
const commune = ids.id('commune');
// A word of this run's own, so that other files' actors never pair with these.
const WORD = `Zorglub${randomInt(10_000, 99_999)}`;

beforeAll(async () => {
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $commune, code: $code, name: 'Commune des doublons', level: 'COMMUNE', location: point({latitude: 44.6, longitude: 0.7})})
     WITH t UNWIND $actors AS row
     CREATE (a:Actor {id: row.id, name: row.name, silo: 'PRIVATE', kind: 'COMPANY', ptceRole: 'NONE', essMember: false, fictional: true, createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { commune, code: `8${randomInt(1000, 9999)}`, actors: [{ id: ids.id('one'), name: `Atelier ${WORD} Recette` }, { id: ids.id('two'), name: `ATELIER ${WORD.toUpperCase()} RECETTE SAS` }] },
  );
});

describe('likely duplicates', () => {
  it('are listed for animators on the desk, with why, and for nobody else', async () => {
    const query = '{ likelyDuplicates(limit: 500) { a { id name } b { id } score reasons why } }';
    const result = await api.graphql<{ likelyDuplicates: Array<{ a: { id: string }; b: { id: string }; score: number; reasons: string[]; why: string }> }>(query, {}, animator);
    expect(result.errors).toBeUndefined();
    const pair = result.data!.likelyDuplicates.find((item) => [item.a.id, item.b.id].includes(ids.id('one')));
    expect(pair).toMatchObject({ score: 1, reasons: ['SAME_NAME', 'SAME_COMMUNE'], why: 'même nom, formes juridiques et accents mis à part, même commune / same name, legal forms and accents aside, same commune' });
    expect([pair!.a.id, pair!.b.id].sort()).toEqual([ids.id('one'), ids.id('two')]);
    const anonymous = await api.graphql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('are shown beside a self-declared proposal, for the animator who moderates it', async () => {
    const id = ids.id('proposal');
    const declaration = JSON.stringify({ actor: { name: `L'atelier ${WORD} (Recette)`, silo: 'PRIVATE', kind: 'COMPANY', territoryIds: [commune] }, links: [] });
    await api.driver.executeQuery(
      `CREATE (:Proposal {id: $id, status: 'PENDING', submittedAt: datetime(), name: $name, declaration: $declaration, submitterEmail: 'a@example.org', consentToContact: false})`,
      { id, name: `L'atelier ${WORD} (Recette)`, declaration },
    );
    try {
      const result = await api.graphql<{ proposals: Array<{ id: string; likelyDuplicates: Array<{ actor: { id: string }; reasons: string[] }> }> }>(
        '{ proposals(limit: 100) { id likelyDuplicates { actor { id } reasons } } }', {}, animator,
      );
      const proposal = result.data!.proposals.find((item) => item.id === id)!;
      expect(proposal.likelyDuplicates.map((match) => match.actor.id).sort()).toEqual([ids.id('one'), ids.id('two')]);
      expect(proposal.likelyDuplicates[0]!.reasons).toEqual(['SAME_NAME', 'SAME_COMMUNE']);
    } finally {
      await api.driver.executeQuery('MATCH (p:Proposal {id: $id}) DELETE p', { id });
    }
  });

  it('are said by an import for each actor it would create, never merged', async () => {
    const file = `id,name,silo,kind,territoryIds\n${ids.id('three')},Atelier ${WORD} de Recette,PRIVATE,COMPANY,${commune}`;
    const result = await api.graphql<{ importData: { created: number; notices: Array<{ line: number; reason: string; message: string }> } }>(
      'mutation($actors: String) { importData(actors: $actors, dryRun: true) { created notices { line reason message } } }', { actors: file }, animator,
    );
    expect(result.data!.importData.created).toBe(1);
    expect(result.data!.importData.notices).toEqual(expect.arrayContaining([
      { line: 2, reason: 'LIKELY_DUPLICATE', message: expect.stringMatching(new RegExp(`« Atelier ${WORD} de Recette » ressemble à l'acteur « Atelier ${WORD} Recette » .*même commune\\. / looks like actor`)) },
    ]));
  });
});
