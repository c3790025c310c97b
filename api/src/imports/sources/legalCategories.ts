import type { ActorKind, Silo } from '@maillage/schema';

/**
 * An actor's kind and silo from its legal category in SIRENE (INSEE's « catégories juridiques », level III, four
 * digits). Only what the categories say for sure: a cooperative by its category, an association, a foundation, a
 * commune, an EPCI, a State service; the rest of private law is a company, the rest of public law a public agency.
 * `1000` (an individual entrepreneur) is a person: `null`, never imported without their consent.
 */
export function kindFromLegalCategory(category: string): { kind: ActorKind; silo: Silo } | null {
  const code = category.trim();
  if (code === '1000') return null;
  if (COOPERATIVES.has(code)) return { kind: 'COOPERATIVE', silo: 'PRIVATE' };
  if (code === '9300') return { kind: 'FOUNDATION', silo: 'POPULATION' };
  if (code.startsWith('92')) return { kind: 'ASSOCIATION', silo: 'POPULATION' };
  if (code === '7210' || code === '7220' || code === '7230' || code === '7229') return { kind: 'COLLECTIVITE', silo: 'PUBLIC' };
  if (EPCI.has(code)) return { kind: 'EPCI', silo: 'PUBLIC' };
  if (code.startsWith('71')) return { kind: 'STATE_SERVICE', silo: 'PUBLIC' };
  if (code.startsWith('7')) return { kind: 'PUBLIC_AGENCY', silo: 'PUBLIC' };
  return { kind: 'COMPANY', silo: 'PRIVATE' };
}

// SCOP, SCIC and other cooperatives (SA, SAS, SARL forms), agricultural cooperatives and CUMA, unions of cooperatives.
const COOPERATIVES = new Set([
  '5431', '5432', '5458', '5459', '5460', '5558', '5559', '5560', '5658', '5659', '5660', '5785', '6316', '6317', '6318', '5385',
]);

// Communautés de communes, d'agglomération, urbaines, métropoles, and the syndicates of communes.
const EPCI = new Set(['7341', '7342', '7343', '7344', '7345', '7346', '7347', '7348', '7349']);
