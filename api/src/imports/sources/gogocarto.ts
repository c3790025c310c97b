import type { ManagedTransaction } from 'neo4j-driver';
import { ACTOR_KINDS, type ActorKind, type Silo } from '@maillage/schema/vocabulary';
import type { SourceRow } from '../read.js';
import { nameKey } from '../../duplicates/names.js';
import { rowNote, type ImportTranslator, type Translated } from './types.js';

// The silo a kind usually sits in, for actors a map proposes (an animator may change it).
const SILO_OF: Readonly<Record<ActorKind, Silo>> = {
  COLLECTIVITE: 'PUBLIC', EPCI: 'PUBLIC', STATE_SERVICE: 'PUBLIC', PUBLIC_AGENCY: 'PUBLIC', RESEARCH: 'PUBLIC', TRAINING: 'PUBLIC',
  COMPANY: 'PRIVATE', COOPERATIVE: 'PRIVATE', INSERTION: 'PRIVATE',
  ASSOCIATION: 'POPULATION', CITIZEN_COLLECTIVE: 'POPULATION', NETWORK: 'POPULATION', FOUNDATION: 'POPULATION', PERSON: 'POPULATION',
};

/** One category of the map, as the mapping names it: `Maraîchage=agriculture/COOPERATIVE` (a sector, then a kind). */
export interface CategoryMapping {
  sector: string | null;
  kind: ActorKind | null;
}

export function readCategoryMapping(value: string): CategoryMapping | null {
  const [sector, kind] = value.split('/').map((part) => part.trim());
  const validKind = kind ? (ACTOR_KINDS as readonly string[]).includes(kind.toUpperCase()) : true;
  if (!validKind) return null;
  return { sector: sector || null, kind: kind ? (kind.toUpperCase() as ActorKind) : null };
}

interface Element {
  id: string;
  name: string | null;
  latitude: number | null;
  longitude: number | null;
  locality: string | null;
  categories: string[];
  description: string | null;
  website: string | null;
}

function element(cells: Record<string, unknown>): Element {
  const geo = (cells.geo ?? {}) as { latitude?: unknown; longitude?: unknown };
  const address = (cells.address ?? {}) as { addressLocality?: unknown };
  const categories = Array.isArray(cells.categories) ? cells.categories : [];
  const string = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const number = (value: unknown): number | null => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' && Number.isFinite(Number(value)) ? Number(value) : null);
  return {
    id: String(cells.id ?? ''),
    name: string(cells.name),
    latitude: number(geo.latitude),
    longitude: number(geo.longitude),
    locality: string(address.addressLocality),
    categories: categories.map((category) => (typeof category === 'string' ? category : string((category as { name?: unknown }).name) ?? '')).filter(Boolean),
    description: string(cells.description),
    website: string(cells.website),
  };
}

interface Commune {
  id: string;
  key: string;
  latitude: number | null;
  longitude: number | null;
}

async function graphLookups(tx: ManagedTransaction) {
  const communes = await tx.run(
    "MATCH (t:Territory {level: 'COMMUNE'}) RETURN t.id AS id, t.name AS name, t.location.latitude AS latitude, t.location.longitude AS longitude",
  );
  const actors = await tx.run('MATCH (a:Actor)-[:LOCATED_IN]->(t:Territory) RETURN a.id AS id, a.name AS name, t.id AS commune');
  return {
    communes: communes.records.map((record) => ({ id: record.get('id') as string, key: nameKey(record.get('name') as string), latitude: record.get('latitude') as number | null, longitude: record.get('longitude') as number | null })),
    actors: new Map(actors.records.map((record) => [`${nameKey(record.get('name') as string)}@${record.get('commune') as string}`, record.get('id') as string])),
  };
}

// Beyond this, an element is not in any of the graph's communes (the Grand Bergeracois' communes are a few km wide).
const NEAREST_COMMUNE_KM = 8;

/** The element's commune: named in its address, else the nearest commune centre close enough. */
function communeOf(item: Element, communes: Commune[]): string | null {
  const named = item.locality ? communes.find((commune) => commune.key === nameKey(item.locality!)) : undefined;
  if (named) return named.id;
  if (item.latitude === null || item.longitude === null) return null;
  let best: { id: string; km: number } | null = null;
  for (const commune of communes) {
    if (commune.latitude === null || commune.longitude === null) continue;
    const km = Math.hypot((commune.latitude - item.latitude) * 111, (commune.longitude - item.longitude) * 111 * Math.cos((item.latitude * Math.PI) / 180));
    if (!best || km < best.km) best = { id: commune.id, km };
  }
  return best && best.km <= NEAREST_COMMUNE_KM ? best.id : null;
}

/**
 * A GoGoCarto map's JSON export (`/api/elements.json`: Transiscope, Carteco…): each element within the graph's
 * communes becomes a proposed actor (`gogocarto-<id>`), its sector and kind from the mapping of its categories
 * (`Catégorie=secteur/NATURE`), placed where the map places it. An element whose name is already an actor of the
 * same commune is a likely duplicate: listed, not imported.
 */
export const GOGOCARTO: ImportTranslator = {
  file: 'actors',
  listKey: 'data',
  async translate(tx, rows: SourceRow[], { mapping }): Promise<Translated> {
    const result: Translated = { inputs: [], problems: [], notices: [] };
    const categories = new Map<string, CategoryMapping>();
    for (const [category, value] of Object.entries(mapping)) {
      const read = readCategoryMapping(value);
      if (read) categories.set(category, read);
      else result.problems.push(rowNote('actors', 0, category, 'BAD_MAPPING', `« ${value} » : attendu secteur/NATURE, par exemple agriculture/COOPERATIVE. / expected sector/KIND.`));
    }
    const graph = await graphLookups(tx);
    for (const { line, cells } of rows) {
      const item = element(cells);
      if (!item.id || !item.name) {
        result.problems.push(rowNote('actors', line, item.id ? 'name' : 'id', 'REQUIRED', "un élément de la carte sans identifiant ou sans nom. / a map element without id or name."));
        continue;
      }
      const commune = communeOf(item, graph.communes);
      if (!commune) {
        result.notices.push(rowNote('actors', line, 'address', 'OUTSIDE_TERRITORY', `« ${item.name} » n'est dans aucune commune du graphe : ignoré. / in none of the graph's communes: left out.`));
        continue;
      }
      const duplicate = graph.actors.get(`${nameKey(item.name)}@${commune}`);
      if (duplicate) {
        result.notices.push(rowNote('actors', line, 'name', 'LIKELY_DUPLICATE', `« ${item.name} » ressemble à l'acteur « ${duplicate} » de la même commune : non importé. / looks like actor ${duplicate}: not imported.`));
        continue;
      }
      const mapped = item.categories.map((category) => categories.get(category)).filter((entry): entry is CategoryMapping => Boolean(entry));
      const unmapped = item.categories.filter((category) => !categories.has(category));
      if (unmapped.length) result.notices.push(rowNote('actors', line, 'categories', 'UNMAPPED_CATEGORY', `catégories sans correspondance : ${unmapped.join(', ')}. / categories without a mapping.`));
      const kind = mapped.find((entry) => entry.kind)?.kind ?? 'ASSOCIATION';
      const sectors = [...new Set(mapped.flatMap((entry) => (entry.sector ? [entry.sector] : [])))];
      result.inputs.push({
        line,
        input: {
          id: `gogocarto-${item.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`, name: item.name, kind, silo: SILO_OF[kind], territoryIds: [commune],
          ...(sectors.length ? { sectorIds: sectors } : {}),
          ...(item.latitude !== null && item.longitude !== null ? { latitude: item.latitude, longitude: item.longitude } : {}),
          ...(item.description ? { description: item.description.slice(0, 5000) } : {}),
          ...(item.website && /^https?:\/\//.test(item.website) ? { website: item.website } : {}),
        },
      });
    }
    return result;
  },
};
