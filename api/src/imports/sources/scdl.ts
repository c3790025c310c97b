import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { compactIdentifier, isSiret } from '@maillage/schema/identifiers';
import type { SourceRow } from '../read.js';
import { nameKey } from '../../duplicates/names.js';
import { rowNote, type ImportTranslator, type Translated } from './types.js';

interface Party {
  name: string | null;
  id: string | null;
}

interface GraphActor {
  id: string;
  name: string;
  siret: string | null;
  siren: string | null;
}

type Match = { id: string; by: 'SIRET' | 'SIREN' | 'NAME' } | null;

const text = (cells: Record<string, unknown>, column: string): string | null => {
  const value = cells[column];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
};

/** The actors with their identifiers and names, read once: a party may be found by its name alone. */
async function graphActors(tx: ManagedTransaction): Promise<GraphActor[]> {
  const result = await tx.run('MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.siret AS siret, a.siren AS siren');
  return result.records.map((record) => record.toObject() as GraphActor);
}

/** A party of a subsidy: by its SIRET, then the SIREN within it, then its name (said so: names can mislead). */
function matcher(actors: GraphActor[]): (party: Party) => Match {
  const bySiret = new Map(actors.filter((actor) => actor.siret).map((actor) => [actor.siret!, actor.id]));
  const bySiren = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const actor of actors) {
    const siren = actor.siren ?? actor.siret?.slice(0, 9);
    if (siren) bySiren.set(siren, [...(bySiren.get(siren) ?? []), actor.id]);
    byName.set(nameKey(actor.name), [...(byName.get(nameKey(actor.name)) ?? []), actor.id]);
  }
  return (party) => {
    const id = party.id ? compactIdentifier(party.id) : null;
    if (id && bySiret.has(id)) return { id: bySiret.get(id)!, by: 'SIRET' };
    const sameSiren = id ? bySiren.get(id.slice(0, 9)) ?? [] : [];
    if (sameSiren.length === 1) return { id: sameSiren[0]!, by: 'SIREN' };
    const sameName = party.name ? byName.get(nameKey(party.name)) ?? [] : [];
    return sameName.length === 1 ? { id: sameName[0]!, by: 'NAME' } : null;
  };
}

/** The same subsidy gives the same link id: importing the file again changes nothing. */
function linkId(cells: Record<string, unknown>): string {
  const parts = ['idAttribuant', 'idBeneficiaire', 'nomBeneficiaire', 'dateConvention', 'referenceDecision', 'objet', 'montant'].map((column) => text(cells, column) ?? '');
  return `scdl-${createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 20)}`;
}

/**
 * Subsidies in the national SCDL format (`scdl/subventions`): each row becomes a FUNDING link from the granting body
 * to the beneficiary, dated by the agreement, with its amount and its purpose, observed (public data). The parties
 * are found by SIRET, then SIREN, then name (each match said in the notices); a row whose party matches nobody is
 * listed, and left out.
 */
export const SCDL_SUBSIDIES: ImportTranslator = {
  file: 'links',
  async translate(tx, rows: SourceRow[]): Promise<Translated> {
    const result: Translated = { inputs: [], problems: [], notices: [] };
    const find = matcher(await graphActors(tx));
    for (const { line, cells } of rows) {
      const amountText = text(cells, 'montant');
      const amount = amountText === null ? null : Number(amountText.replace(',', '.').replace(/\s/g, ''));
      if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) {
        result.problems.push(rowNote('links', line, 'montant', 'BAD_AMOUNT', `« ${amountText} » : un montant en euros attendu. / expected an amount in euros.`));
        continue;
      }
      for (const column of ['idAttribuant', 'idBeneficiaire']) {
        const id = text(cells, column);
        if (id && !isSiret(compactIdentifier(id))) result.notices.push(rowNote('links', line, column, 'NOT_A_SIRET', `« ${id} » n'est pas un SIRET valide : recherche par le nom. / not a valid SIRET: matched by name.`));
      }
      const funder = find({ name: text(cells, 'nomAttribuant'), id: text(cells, 'idAttribuant') });
      const beneficiary = find({ name: text(cells, 'nomBeneficiaire'), id: text(cells, 'idBeneficiaire') });
      const missing = [!funder && `${text(cells, 'nomAttribuant') ?? text(cells, 'idAttribuant')} (attribuant)`, !beneficiary && `${text(cells, 'nomBeneficiaire') ?? text(cells, 'idBeneficiaire')} (bénéficiaire)`].filter(Boolean);
      if (!funder || !beneficiary) {
        result.notices.push(rowNote('links', line, funder ? 'idBeneficiaire' : 'idAttribuant', 'UNMATCHED', `aucun acteur pour ${missing.join(' ni ')} : subvention non reprise. / no actor matches: subsidy left out.`));
        continue;
      }
      for (const [party, match] of [['attribuant', funder], ['bénéficiaire', beneficiary]] as const) {
        if (match.by === 'NAME') result.notices.push(rowNote('links', line, party === 'attribuant' ? 'nomAttribuant' : 'nomBeneficiaire', 'MATCHED_BY_NAME', `${party} reconnu par son nom seulement : « ${match.id} » — à vérifier. / matched by name only: check it.`));
      }
      const purpose = [text(cells, 'objet'), text(cells, 'nature'), text(cells, 'referenceDecision') && `réf. ${text(cells, 'referenceDecision')}`].filter(Boolean).join(' — ');
      result.inputs.push({
        line,
        input: {
          id: linkId(cells), from: funder.id, to: beneficiary.id, kind: 'FUNDING', provenance: 'OBSERVED',
          ...(text(cells, 'dateConvention') ? { since: text(cells, 'dateConvention') } : {}),
          ...(amount !== null ? { amount } : {}),
          ...(purpose ? { note: purpose.slice(0, 1000) } : {}),
        },
      });
    }
    return result;
  },
};
