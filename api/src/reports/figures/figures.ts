import { coverage, type Coverage } from '../../analytics/measures/coverage.js';
import type { NetworkFilter } from '@maillage/schema/network-filter';
import type { AnalyticsState } from '../../analytics/engine/state.js';
import { actorRef, type ActorRef } from '../../analytics/measures/actorRef.js';
import { brokers, type Brokers } from '../../analytics/measures/brokers.js';
import { communities, type Community } from '../../analytics/measures/communities.js';
import { cutPoints } from '../../analytics/measures/cutPoints.js';
import { changesBetween, type LinkChange, type NetworkChanges } from '../../analytics/measures/networkChanges.js';
import { sectorGaps, type SectorGaps } from '../../analytics/measures/sectorGaps.js';
import { periodNetworks, type Network } from '../../analytics/network/network.js';
import { keyFigures, type KeyFigures } from './keyFigures.js';
import { mapData, type MapData } from './map.js';
import { pictureData, type PictureData } from './picture.js';
import { projectFigures, type ProjectFigures } from './projects.js';
import { qualityFigures, type QualityFigures } from './quality.js';
import { resourceFigures, type ResourceFigures } from './resources.js';

/** What a report is made from: a selection and two days. */
export interface ReportArgs {
  filter: NetworkFilter;
  from: string;
  to: string;
}

/** How many items each list of the report shows; counts are always whole. */
export const REPORT_LIST = 10;

/** A list too long to print whole: its length, and the first few. */
export interface Shortened<T> {
  total: number;
  shown: T[];
}

const shorten = <T>(items: T[]): Shortened<T> => ({ total: items.length, shown: items.slice(0, REPORT_LIST) });

type ActorLists = 'becameIsolated' | 'noLongerIsolated' | 'becameSiloed' | 'noLongerSiloed';

export interface ReportChanges extends Omit<NetworkChanges, 'linksGained' | 'linksLost' | ActorLists> {
  linksGained: Shortened<LinkChange>;
  linksLost: Shortened<LinkChange>;
  becameIsolated: Shortened<ActorRef>;
  noLongerIsolated: Shortened<ActorRef>;
  becameSiloed: Shortened<ActorRef>;
  noLongerSiloed: Shortened<ActorRef>;
  /** Actors whose first link starts in the period (their undated links count from the beginning). */
  joined: Shortened<ActorRef>;
}

export interface ReportFigures extends ReportArgs {
  territory: { id: string; name: string } | null;
  sector: { id: string; name: string; nameEn: string | null } | null;
  then: KeyFigures;
  now: KeyFigures;
  changes: ReportChanges;
  picture: PictureData;
  map: MapData;
  sectors: SectorGaps;
  resources: ResourceFigures;
  projects: ProjectFigures;
  brokers: Brokers;
  cutPoints: Array<{ actor: ActorRef; cutOff: number }>;
  communities: { count: number; modularity: number; top: Array<Omit<Community, 'actorIds'>> };
  quality: QualityFigures;
  /** How much of the cooperation is known on the report's last day: brokers, cut points and communities depend on it. */
  coverage: Coverage;
}

/** Every figure of a steering-committee report, from one graph version, as the audience may see it. */
export function reportFigures(state: AnalyticsState, { filter: given, from, to }: ReportArgs): ReportFigures {
  const { asOf: _asOf, ...filter } = given;
  const { then, now } = periodNetworks((chosen) => state.network(chosen), filter, from, to);
  const { context } = state;
  // The two days' selections, kept by the state, serve the key figures and the changes alike.
  const changes = changesBetween(then, now);
  const found = brokers(now, { limit: REPORT_LIST });
  const groups = communities(now);
  const sector = filter.sector ? context.sectors.get(filter.sector)! : null;
  return {
    filter, from, to,
    territory: filter.territory ? { id: filter.territory, name: context.territories.get(filter.territory)!.name } : null,
    sector: sector ? { id: sector.id, name: sector.name, nameEn: sector.nameEn } : null,
    then: keyFigures(then, from),
    now: keyFigures(now, to),
    changes: {
      ...changes,
      linksGained: shorten(crossSiloFirst(changes.linksGained)),
      linksLost: shorten(crossSiloFirst(changes.linksLost)),
      becameIsolated: shorten(changes.becameIsolated),
      noLongerIsolated: shorten(changes.noLongerIsolated),
      becameSiloed: shorten(changes.becameSiloed),
      noLongerSiloed: shorten(changes.noLongerSiloed),
      joined: shorten(joinedActors(now, from)),
    },
    picture: pictureData(then, now, state.layout(filter)),
    map: mapData(now),
    sectors: sectorGaps(now, { limit: REPORT_LIST }),
    resources: resourceFigures(now, REPORT_LIST),
    projects: projectFigures(now),
    brokers: found,
    cutPoints: cutPoints(now.neighbours).slice(0, REPORT_LIST).map(({ position, cutOff }) => ({ actor: actorRef(now, position), cutOff })),
    communities: {
      count: groups.count,
      modularity: groups.modularity,
      top: groups.communities.slice(0, REPORT_LIST).map(({ actorIds: _ids, ...community }) => community),
    },
    quality: qualityFigures(now, to, state.settings.coverageMonths),
    coverage: coverage(now, { today: to, months: state.settings.coverageMonths, sensitive: true }),
  };
}

function crossSiloFirst(links: LinkChange[]): LinkChange[] {
  return [...links].sort((a, b) => Number(b.crossSilo) - Number(a.crossSilo) || a.a.name.localeCompare(b.a.name, 'fr'));
}

/** Actors linked on `to` whose every link is dated and starts after `from`: new to the network in the period. */
function joinedActors(now: Network, from: string): ActorRef[] {
  const first = new Map<number, string | null>();
  now.links.forEach((link, i) => {
    for (const end of now.linkEnds[i]!) {
      const known = first.get(end);
      if (known === null) continue;
      first.set(end, link.since === null ? null : known === undefined || link.since < known ? link.since : known);
    }
  });
  return [...first].filter(([, since]) => since !== null && since > from).map(([position]) => actorRef(now, position))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
