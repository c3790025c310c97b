import { createRequire } from 'node:module';
import type { TerritoryRow } from './model.js';

const require = createRequire(import.meta.url);

interface EtalabCommune { code: string; nom: string; type: string; population?: number; departement?: string }
interface EtalabEpci { code: string; nom: string; populationMunicipale?: number; membres: { code: string }[] }
interface EtalabNamed { code: string; nom: string }

// Official data (INSEE codes, SIREN, populations) from @etalab/decoupage-administratif, never typed by hand.
const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
const departements = require('@etalab/decoupage-administratif/data/departements.json') as EtalabNamed[];
const regions = require('@etalab/decoupage-administratif/data/regions.json') as EtalabNamed[];

/** The five EPCIs of the Pays du Grand Bergeracois, by SIREN. */
export const GRAND_BERGERACOIS_EPCIS = ['200070647', '200034833', '200040889', '200034197', '200069094'] as const;
export const PAYS_ID = 'pays:grand-bergeracois';

export const territoryId = {
  commune: (code: string) => `commune:${code}`,
  epci: (siren: string) => `epci:${siren}`,
  departement: (code: string) => `departement:${code}`,
  region: (code: string) => `region:${code}`,
};

function byCode<T extends { code: string }>(rows: T[], code: string, what: string): T {
  const row = rows.find((candidate) => candidate.code === code);
  if (!row) throw new Error(`grandBergeracoisTerritories: ${what} ${code} is not in @etalab/decoupage-administratif`);
  return row;
}

/** Région, département, pays, its EPCIs and their communes, nested by `partOf`; communes with their centre when known. */
export function grandBergeracoisTerritories(centres: Record<string, readonly [number, number]> = {}): TerritoryRow[] {
  const region = byCode(regions, '75', 'région');
  const departement = byCode(departements, '24', 'département');
  const current = communes.filter((commune) => commune.type === 'commune-actuelle');
  const rows: TerritoryRow[] = [
    { id: territoryId.region(region.code), code: region.code, name: region.nom, level: 'REGION', partOf: [] },
    {
      id: territoryId.departement(departement.code), code: departement.code, name: departement.nom,
      level: 'DEPARTEMENT', partOf: [territoryId.region(region.code)],
    },
    {
      id: PAYS_ID, code: 'grand-bergeracois', name: 'Pays du Grand Bergeracois', level: 'PAYS',
      partOf: [territoryId.departement(departement.code)],
    },
  ];
  for (const siren of GRAND_BERGERACOIS_EPCIS) {
    const epci = byCode(epcis, siren, 'EPCI');
    rows.push({
      id: territoryId.epci(siren), code: siren, name: epci.nom, level: 'EPCI',
      ...(epci.populationMunicipale === undefined ? {} : { population: epci.populationMunicipale }),
      partOf: [PAYS_ID],
    });
    for (const member of epci.membres) {
      const commune = byCode(current, member.code, 'commune');
      rows.push({
        id: territoryId.commune(commune.code), code: commune.code, name: commune.nom, level: 'COMMUNE',
        ...(commune.population === undefined ? {} : { population: commune.population }),
        ...(centres[commune.code] ? { centre: { latitude: centres[commune.code]![0], longitude: centres[commune.code]![1] } } : {}),
        partOf: [territoryId.epci(siren)],
      });
    }
  }
  return rows;
}

/** The official name of a commune or EPCI, for actors named after them. */
export function officialName(code: string): string {
  const commune = communes.find((row) => row.code === code && row.type === 'commune-actuelle');
  if (commune) return commune.nom;
  return byCode(epcis, code, 'EPCI').nom;
}
