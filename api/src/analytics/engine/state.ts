import { createContext, type ProjectionContext } from '../network/context.js';
import { filterKey, MAX_CORE, type NetworkFilter } from '@maillage/schema/network-filter';
import { forceLayout, type NetworkLayout } from '../layout/forceLayout.js';
import { selectNetwork, type Network } from '../network/network.js';
import { publicProjection, type Audience } from '../projection/audience.js';
import type { Projection } from '../projection/types.js';
import { AnalyticsInputError } from './errors.js';

const NETWORKS_KEPT = 8;

/** What the measures read besides the graph: settings of the deployment (COVERAGE_MONTHS). */
export interface AnalyticsSettings {
  /** A record counts as reviewed when it changed within this many months. */
  coverageMonths: number;
}

export const DEFAULT_SETTINGS: AnalyticsSettings = { coverageMonths: 12 };

/** One graph version, ready to measure: its context, and the last few selections made from it. */
export class AnalyticsState {
  readonly context: ProjectionContext;
  private readonly networks = new Map<string, Network>();
  private readonly layouts = new Map<string, NetworkLayout>();
  private publicState: AnalyticsState | undefined;

  constructor(readonly version: number, projection: Projection, readonly settings: AnalyticsSettings = DEFAULT_SETTINGS) {
    this.context = createContext(projection);
  }

  /** The same graph version as `audience` may see it: the public one is made once, on first use. */
  forAudience(audience: Audience): AnalyticsState {
    if (audience === 'animator') return this;
    this.publicState ??= new AnalyticsState(this.version, publicProjection(this.context.projection), this.settings);
    return this.publicState;
  }

  /** The selection a filter makes; a territory or sector that does not exist is refused, not read as empty. */
  network(filter: NetworkFilter): Network {
    if (filter.territory && !this.context.territories.has(filter.territory)) {
      throw new AnalyticsInputError('BAD_USER_INPUT', {
        fr: `territoire inconnu : « ${filter.territory} » (attendu : un id tel que commune:24037 ou epci:200070647).`,
        en: `unknown territory: "${filter.territory}" (expected an id such as commune:24037 or epci:200070647).`,
      });
    }
    if (filter.sector && !this.context.sectors.has(filter.sector)) {
      throw new AnalyticsInputError('BAD_USER_INPUT', {
        fr: `secteur inconnu : « ${filter.sector} ».`,
        en: `unknown sector: "${filter.sector}".`,
      });
    }
    if (filter.minCore !== undefined && !(Number.isInteger(filter.minCore) && filter.minCore >= 0 && filter.minCore <= MAX_CORE)) {
      throw new AnalyticsInputError('BAD_USER_INPUT', {
        fr: `minCore doit être un entier de 0 à ${MAX_CORE}, reçu ${filter.minCore}.`,
        en: `minCore must be a whole number from 0 to ${MAX_CORE}, got ${filter.minCore}.`,
      });
    }
    const key = filterKey(filter);
    let network = this.networks.get(key);
    if (network) {
      this.networks.delete(key);
    } else {
      network = selectNetwork(this.context, filter);
      if (this.networks.size >= NETWORKS_KEPT) this.networks.delete(this.networks.keys().next().value!);
    }
    // Re-inserted last: the Map's order is the order of use.
    this.networks.set(key, network);
    return network;
  }

  /** The force-directed picture of a selection, in its actors' order: computed once per graph version and filter. */
  layout(filter: NetworkFilter): NetworkLayout {
    const key = filterKey(filter);
    const kept = this.layouts.get(key);
    if (kept) return kept;
    const layout = forceLayout(this.network(filter));
    if (this.layouts.size >= NETWORKS_KEPT) this.layouts.delete(this.layouts.keys().next().value!);
    this.layouts.set(key, layout);
    return layout;
  }
}
