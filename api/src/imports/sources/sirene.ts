import type { ManagedTransaction } from 'neo4j-driver';
import { compactIdentifier, isSiren, isSiret } from '@maillage/schema/identifiers';
import type { SourceRow } from '../read.js';
import type { ImportProblem } from '../rows.js';
import { kindFromLegalCategory } from './legalCategories.js';
import { rowNote, type ImportTranslator, type Translated } from './types.js';

/** A SIRENE row, read from INSEE's stock files or the SIRENE API (their column names): only what the graph uses. */
interface RegistryRow {
  siren: string;
  siret: string | null;
  name: string | null;
  naf: string | null;
  category: string | null;
  commune: string | null;
  closed: boolean;
  ess: boolean | null;
  rna: string | null;
  restricted: boolean;
}

const text = (cells: Record<string, unknown>, column: string): string | null => {
  const value = cells[column];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
};

function registryRow(cells: Record<string, unknown>): RegistryRow {
  const siret = text(cells, 'siret');
  return {
    siren: compactIdentifier(text(cells, 'siren') ?? siret?.slice(0, 9) ?? ''),
    siret: siret ? compactIdentifier(siret) : null,
    name: text(cells, 'denominationUniteLegale') ?? text(cells, 'denominationUsuelle1UniteLegale') ?? text(cells, 'enseigne1Etablissement'),
    naf: text(cells, 'activitePrincipaleEtablissement') ?? text(cells, 'activitePrincipaleUniteLegale'),
    category: text(cells, 'categorieJuridiqueUniteLegale'),
    commune: text(cells, 'codeCommuneEtablissement'),
    // A closed establishment (F), or a ceased legal unit (C).
    closed: text(cells, 'etatAdministratifEtablissement') === 'F' || text(cells, 'etatAdministratifUniteLegale') === 'C',
    ess: text(cells, 'economieSocialeSolidaireUniteLegale') === null ? null : text(cells, 'economieSocialeSolidaireUniteLegale') === 'O',
    rna: text(cells, 'identifiantAssociationUniteLegale'),
    // « O »: open to all; « P »: partially restricted (the person asked INSEE not to publish).
    restricted: [text(cells, 'statutDiffusionUniteLegale'), text(cells, 'statutDiffusionEtablissement')].some((status) => status !== null && status !== 'O'),
  };
}

interface KnownActor {
  id: string;
  siret: string | null;
  siren: string | null;
  sectors: string[];
  territories: string[];
}

/** What the rows need from the graph, read once: the actors with their SIRET or SIREN, the communes, the sectors' NAF codes. */
async function lookups(tx: ManagedTransaction, rows: RegistryRow[]) {
  const sirets = rows.flatMap((row) => (row.siret ? [row.siret] : []));
  const sirens = rows.map((row) => row.siren);
  const actors = await tx.run(
    `MATCH (a:Actor) WHERE a.siret IN $sirets OR a.siren IN $sirens
     RETURN a.id AS id, a.siret AS siret, a.siren AS siren,
       COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN s.id } AS sectors, COLLECT { MATCH (a)-[:LOCATED_IN]->(t:Territory) RETURN t.id } AS territories`,
    { sirets, sirens },
  );
  const communes = await tx.run("MATCH (t:Territory {level: 'COMMUNE'}) WHERE t.code IN $codes RETURN t.code AS code, t.id AS id", { codes: rows.flatMap((row) => (row.commune ? [row.commune] : [])) });
  const sectors = await tx.run('MATCH (s:Sector) WHERE s.nafCodes IS NOT NULL RETURN s.id AS id, s.nafCodes AS codes');
  const known = actors.records.map((record) => record.toObject() as KnownActor);
  const byNaf = new Map<string, string[]>();
  for (const record of sectors.records) {
    for (const code of record.get('codes') as string[]) byNaf.set(code, [...(byNaf.get(code) ?? []), record.get('id') as string]);
  }
  return {
    bySiret: new Map(known.filter((actor) => actor.siret).map((actor) => [actor.siret!, actor])),
    bySiren: (siren: string) => known.filter((actor) => actor.siren === siren || actor.siret?.startsWith(siren)),
    commune: new Map(communes.records.map((record) => [record.get('code') as string, record.get('id') as string])),
    sectorsOf: (naf: string | null) => (naf ? byNaf.get(naf) ?? [] : []),
  };
}

const MESSAGES = {
  BAD_IDENTIFIER: (value: string) => `« ${value} » n'est pas un SIREN ou un SIRET valide. / not a valid SIREN or SIRET.`,
  RESTRICTED: () => 'diffusion restreinte au répertoire SIRENE : ni importé ni enrichi. / restricted diffusion in SIRENE: neither imported nor used.',
  PERSON: () => 'entrepreneur individuel : une personne, jamais importée sans son accord. / an individual entrepreneur: a person, never imported without consent.',
  OUTSIDE_TERRITORY: (code: string) => `commune ${code} hors du territoire du graphe : ignoré. / commune ${code} outside the graph's territory: left out.`,
  NO_COMMUNE: () => "sans commune (fichier des unités légales) et sans acteur de même SIREN : ignoré. / no commune and no actor with this SIREN: left out.",
  AMBIGUOUS: (ids: string) => `plusieurs acteurs portent ce SIREN (${ids}) : précisez leur SIRET. / several actors carry this SIREN: give their SIRET.`,
  CLOSED: () => "fermé au répertoire SIRENE : la fiche est marquée. / closed in SIRENE: the record is flagged.",
  ENRICHED: (id: string) => `complète l'acteur « ${id} ». / enriches actor ${id}.`,
  PROPOSED: () => 'nouvel acteur proposé. / proposed as a new actor.',
} as const;

/**
 * INSEE's SIRENE register (StockEtablissement, StockUniteLegale, the SIRENE API's columns), filtered to the graph's
 * communes: an actor already carrying the SIRET (else the SIREN) is enriched — identifiers, ESS flag, closure, the
 * NAF code's sector, its commune if it had none —, the others are proposed as new actors with a kind and silo from
 * their legal category. Rows of restricted diffusion and individual entrepreneurs (people) are left out, said so.
 */
export const SIRENE: ImportTranslator = {
  file: 'actors',
  async translate(tx, rows: SourceRow[]): Promise<Translated> {
    const result: Translated = { inputs: [], problems: [], notices: [] };
    const note = (list: ImportProblem[], line: number, field: string | null, reason: keyof typeof MESSAGES, value = ''): void => {
      list.push(rowNote('actors', line, field, reason, MESSAGES[reason](value)));
    };
    const read = rows.map((row) => ({ line: row.line, registry: registryRow(row.cells) }));
    const valid = read.filter(({ line, registry }) => {
      const bad = !isSiren(registry.siren) ? registry.siren : registry.siret && !isSiret(registry.siret) ? registry.siret : null;
      if (bad !== null) note(result.problems, line, bad === registry.siren ? 'siren' : 'siret', 'BAD_IDENTIFIER', bad);
      return bad === null;
    });
    const graph = await lookups(tx, valid.map(({ registry }) => registry));
    for (const { line, registry } of valid) {
      if (registry.restricted) { note(result.notices, line, 'statutDiffusionUniteLegale', 'RESTRICTED'); continue; }
      const legal = registry.category ? kindFromLegalCategory(registry.category) : undefined;
      if (legal === null) { note(result.notices, line, 'categorieJuridiqueUniteLegale', 'PERSON'); continue; }
      const commune = registry.commune ? graph.commune.get(registry.commune) : undefined;
      if (registry.commune && !commune) { note(result.notices, line, 'codeCommuneEtablissement', 'OUTSIDE_TERRITORY', registry.commune); continue; }
      const sirenMatches = graph.bySiren(registry.siren);
      const bySiret = registry.siret ? graph.bySiret.get(registry.siret) : undefined;
      if (!bySiret && sirenMatches.length > 1) { note(result.notices, line, 'siren', 'AMBIGUOUS', sirenMatches.map((actor) => actor.id).join(', ')); continue; }
      const existing = bySiret ?? sirenMatches[0];
      const identifiers = { siren: registry.siren, ...(registry.siret ? { siret: registry.siret } : {}), ...(registry.rna ? { rna: registry.rna } : {}) };
      const flags = { ...(registry.ess ? { essMember: true } : {}), ...(registry.closed ? { closedInRegistry: true } : {}) };
      const sectors = graph.sectorsOf(registry.naf);
      if (registry.closed) note(result.notices, line, 'etatAdministratifEtablissement', 'CLOSED');
      if (existing) {
        note(result.notices, line, 'siret', 'ENRICHED', existing.id);
        result.inputs.push({
          line,
          input: {
            id: existing.id, ...identifiers, ...flags,
            ...(sectors.some((sector) => !existing.sectors.includes(sector)) ? { sectorIds: [...new Set([...existing.sectors, ...sectors])] } : {}),
            ...(commune && existing.territories.length === 0 ? { territoryIds: [commune] } : {}),
          },
        });
        continue;
      }
      if (!commune) { note(result.notices, line, 'codeCommuneEtablissement', 'NO_COMMUNE'); continue; }
      note(result.notices, line, 'siret', 'PROPOSED');
      const { kind, silo } = legal ?? { kind: 'COMPANY', silo: 'PRIVATE' };
      result.inputs.push({
        line,
        input: {
          id: `sirene-${registry.siret ?? registry.siren}`, name: registry.name ?? registry.siret ?? registry.siren, kind, silo,
          ...identifiers, ...flags, territoryIds: [commune], ...(sectors.length ? { sectorIds: sectors } : {}),
        },
      });
    }
    return result;
  },
};
