import { randomInt } from 'node:crypto';
import { grandBergeracois, loadDataset } from '@maillage/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTestJwt, testApi } from '../../../../test/api.js';
import { testIds } from '../../../../test/neo4j.js';

// French open data through the import: SIRENE's stock files, SCDL subsidies, a GoGoCarto map — each file written
// here in its official shape (the columns as published), in a commune of this file's own.
const api = testApi();
const ids = testIds(api.driver, 'open-data');
const animator = signTestJwt(['animator']);
const CODE = `9${String(randomInt(1000, 9999))}`;
const commune = `commune:${CODE}`;
const TOWN = `Villeneuve-de-Recette-${CODE}`;

/** Digits completed with their Luhn key: a SIREN from 8 digits, a SIRET from 13. */
function withKey(digits: string): string {
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${digits}${key}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i += 1) {
      let digit = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}
const siren = (): string => withKey(String(randomInt(10_000_000, 99_999_999)));
const siretOf = (unit: string): string => withKey(`${unit}${String(randomInt(1000, 9999))}`);

const [known, fresh, restricted, person, closed, mairie] = [siren(), siren(), siren(), siren(), siren(), siren()];
const SIRETS = { known: siretOf(known), fresh: siretOf(fresh), restricted: siretOf(restricted), person: siretOf(person), closed: siretOf(closed), mairie: siretOf(mairie) };
const created: string[] = [];

const IMPORT = `mutation($actors: String, $links: String, $format: ImportFormat, $source: ImportSource, $mapping: [ColumnMapping!], $dryRun: Boolean) {
  importData(actors: $actors, links: $links, format: $format, source: $source, mapping: $mapping, dryRun: $dryRun) {
    dryRun committed rows created updated unchanged problems { file line field reason message } notices { file line field reason message } } }`;

interface Row { file: string; line: number; field: string | null; reason: string; message: string }
interface Report { dryRun: boolean; committed: boolean; rows: number; created: number; updated: number; unchanged: number; problems: Row[]; notices: Row[] }

async function importData(variables: Record<string, unknown>): Promise<Report> {
  const result = await api.graphql<{ importData: Report }>(IMPORT, variables, animator);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.importData;
}

const reasons = (rows: Row[]): string[] => rows.map((row) => `${row.line}:${row.reason}`);

beforeAll(async () => {
  await loadDataset(api.driver, grandBergeracois());
  await api.driver.executeQuery(
    `CREATE (t:Territory {id: $commune, code: $code, name: $town, level: 'COMMUNE', location: point({latitude: 44.70, longitude: 0.90})})
     CREATE (a:Actor {id: $known, name: 'Atelier Connu', silo: 'PRIVATE', kind: 'COMPANY', ptceRole: 'NONE', essMember: false, fictional: true, siret: $siret, createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)
     CREATE (m:Actor {id: $mairie, name: 'Mairie de Recette', silo: 'PUBLIC', kind: 'COLLECTIVITE', ptceRole: 'NONE', essMember: false, fictional: true, siret: $mairieSiret, createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(t)`,
    { commune, code: CODE, town: TOWN, known: ids.id('known'), siret: SIRETS.known, mairie: ids.id('mairie'), mairieSiret: SIRETS.mairie },
  );
}, 60_000);

afterAll(async () => {
  await api.driver.executeQuery('MATCH (a:Actor) WHERE a.id IN $created DETACH DELETE a', { created });
  await api.driver.executeQuery('MATCH ()-[r:COOPERATES_WITH]->() WHERE r.id STARTS WITH "scdl-" AND r.amount = 12345.5 DELETE r');
  await api.driver.executeQuery('MATCH (t:Territory {id: $commune}) DETACH DELETE t', { commune });
});

// StockEtablissement's columns (a few of its 50), as INSEE publishes them; the unit's columns joined, as the SIRENE API returns them.
const SIRENE_HEADER = 'siren,siret,denominationUniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleEtablissement,codeCommuneEtablissement,etatAdministratifEtablissement,economieSocialeSolidaireUniteLegale,identifiantAssociationUniteLegale,statutDiffusionUniteLegale';

describe('SIRENE', () => {
  it('enriches the actor with the same SIRET, proposes the others in the graph’s communes, leaves out people and restricted units', async () => {
    const file = [
      SIRENE_HEADER,
      `${known},${SIRETS.known},ATELIER CONNU SAS,5710,01.13Z,${CODE},A,O,,O`,
      `${fresh},${SIRETS.fresh},JARDINS DE RECETTE,9220,,${CODE},A,O,W243001234,O`,
      `${restricted},${SIRETS.restricted},,5499,,${CODE},A,N,,P`,
      `${person},${SIRETS.person},,1000,,${CODE},A,N,,O`,
      `${closed},${SIRETS.closed},ANCIENNE SCOP,5458,,75056,F,O,,O`,
    ].join('\n');
    const dry = await importData({ actors: file, source: 'SIRENE' });
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 5, created: 1, updated: 1, problems: [] });
    expect(reasons(dry.notices)).toEqual(['2:ENRICHED', '3:PROPOSED', '4:RESTRICTED', '5:PERSON', '6:OUTSIDE_TERRITORY']);

    const done = await importData({ actors: file, source: 'SIRENE', dryRun: false });
    expect(done).toMatchObject({ committed: true, created: 1, updated: 1 });
    created.push(`sirene-${SIRETS.fresh}`);
    const { records } = await api.driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id IN [$known, $fresh]
       RETURN a.id AS id, a.name AS name, a.kind AS kind, a.silo AS silo, a.siren AS siren, a.rna AS rna, a.essMember AS ess,
         COLLECT { MATCH (a)-[:ACTIVE_IN]->(s) RETURN s.id } AS sectors, COLLECT { MATCH (a)-[:LOCATED_IN]->(t) RETURN t.id } AS places`,
      { known: ids.id('known'), fresh: `sirene-${SIRETS.fresh}` },
    );
    const byId = new Map(records.map((record) => [record.get('id') as string, record.toObject()]));
    const [enriched, proposed] = [byId.get(ids.id('known')), byId.get(`sirene-${SIRETS.fresh}`)];
    // The animators' name stays; the register adds its identifiers, the ESS flag and the NAF code's sector.
    expect(enriched).toMatchObject({ name: 'Atelier Connu', siren: known, ess: true, sectors: ['agriculture'], places: [commune] });
    expect(proposed).toMatchObject({ name: 'JARDINS DE RECETTE', kind: 'ASSOCIATION', silo: 'POPULATION', siren: fresh, rna: 'W243001234', places: [commune] });
    for (const id of [restricted, person]) {
      const { records: none } = await api.driver.executeQuery('MATCH (a:Actor) WHERE a.siren = $id OR a.siret STARTS WITH $id RETURN count(a) AS n', { id });
      expect(Number(none[0]!.get('n'))).toBe(0);
    }
    // Imported again: nothing changes.
    expect(await importData({ actors: file, source: 'SIRENE', dryRun: false })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses the whole file for one identifier whose key is wrong, naming its line', async () => {
    const bad = `${known.slice(0, 8)}${(Number(known[8]) + 1) % 10}`;
    const report = await importData({ actors: `${SIRENE_HEADER}\n${bad},,X,5710,,${CODE},A,N,,O`, source: 'SIRENE', dryRun: false });
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ line: 2, field: 'siren', reason: 'BAD_IDENTIFIER', message: expect.stringMatching(/n'est pas un SIREN ou un SIRET valide\. \/ not a valid SIREN/) })]);
  });
});

describe('SCDL subsidies', () => {
  const HEADER = 'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention';
  it('makes each subsidy a FUNDING link with its date, amount and purpose; lists the rows that match nobody', async () => {
    const file = [
      HEADER,
      `Mairie de Recette,${SIRETS.mairie},2025-03-14,DCM-2025-12,Atelier connu,${SIRETS.known},Fonctionnement de l'atelier partagé,12345.50,aide en numéraire,unique,2025-04-01,,non,`,
      `Mairie de Recette,${SIRETS.mairie},2025-05-02,DCM-2025-30,Association Inconnue du Test,${withKey('1234567890123')},Fête du village,800,aide en numéraire,unique,,,non,`,
    ].join('\n');
    const dry = await importData({ links: file, source: 'SCDL_SUBSIDIES' });
    expect(dry).toMatchObject({ rows: 2, created: 1, problems: [] });
    expect(reasons(dry.notices)).toEqual(['3:UNMATCHED']);
    expect(dry.notices[0]!.message).toMatch(/aucun acteur pour Association Inconnue du Test \(bénéficiaire\)/);
    await importData({ links: file, source: 'SCDL_SUBSIDIES', dryRun: false });
    const { records } = await api.driver.executeQuery(
      'MATCH (a:Actor {id: $from})-[r:COOPERATES_WITH {kind: "FUNDING"}]->(b:Actor {id: $to}) RETURN r.amount AS amount, toString(r.since) AS since, r.note AS note, r.provenance AS provenance',
      { from: ids.id('mairie'), to: ids.id('known') },
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { amount: 12345.5, since: '2025-03-14', note: "Fonctionnement de l'atelier partagé — aide en numéraire — réf. DCM-2025-12", provenance: 'OBSERVED' },
    ]);
    expect(await importData({ links: file, source: 'SCDL_SUBSIDIES', dryRun: false })).toMatchObject({ created: 0, unchanged: 1 });
  });
});

describe('GoGoCarto', () => {
  it('proposes a map’s elements of the graph’s communes with the mapping of their categories, and names likely duplicates', async () => {
    const map = {
      licence: 'https://opendatacommons.org/licenses/odbl/summary/',
      ontology: 'gogofull',
      data: [
        { id: `${CODE}a`, name: 'Ferme Collective de Recette', geo: { latitude: 44.701, longitude: 0.902 }, address: { addressLocality: TOWN, postalCode: '24000' }, categories: ['Agriculture paysanne'], description: 'Maraîchage bio.', website: 'https://ferme.example.org' },
        { id: `${CODE}b`, name: 'Atelier connu', geo: { latitude: 44.7, longitude: 0.9 }, address: { addressLocality: TOWN }, categories: ['Artisanat'] },
        { id: `${CODE}c`, name: 'Très loin', geo: { latitude: 48.85, longitude: 2.35 }, address: { addressLocality: 'Paris' }, categories: [] },
      ],
    };
    const report = await importData({
      actors: JSON.stringify(map), format: 'JSON', source: 'GOGOCARTO', dryRun: false,
      mapping: [{ column: 'Agriculture paysanne', field: 'agriculture/COOPERATIVE' }],
    });
    expect(report).toMatchObject({ committed: true, rows: 3, created: 1, problems: [] });
    // JSON elements are numbered from 1: the second is an actor of the same commune already, the third far away.
    expect(reasons(report.notices)).toEqual(['2:LIKELY_DUPLICATE', '3:OUTSIDE_TERRITORY']);
    const id = `gogocarto-${CODE}a`;
    created.push(id);
    const { records } = await api.driver.executeQuery(
      'MATCH (a:Actor {id: $id}) RETURN a.kind AS kind, a.silo AS silo, a.website AS website, COLLECT { MATCH (a)-[:ACTIVE_IN]->(s) RETURN s.id } AS sectors, COLLECT { MATCH (a)-[:LOCATED_IN]->(t) RETURN t.id } AS places',
      { id },
    );
    expect(records[0]!.toObject()).toEqual({ kind: 'COOPERATIVE', silo: 'PRIVATE', website: 'https://ferme.example.org', sectors: ['agriculture'], places: [commune] });
  });
});
