import type { Audience } from '../projection/audience.js';
import type { Projection } from '../projection/types.js';
import type { AnalyticsEngine } from './engine.js';
import type { QueryArgs, QueryName, QueryResult } from './queries.js';

export interface AnalyticsServiceOptions {
  engine: AnalyticsEngine;
  /** Reads the whole projection from the database. */
  readProjection: () => Promise<Projection>;
  /** Results kept for the current graph version. */
  cacheSize?: number;
  /**
   * The graph version now committed (GraphVersionClock: one small read shared by the requests that wait for it),
   * checked before each query: it catches writes made anywhere (another API process, an import, a script).
   */
  graphVersion?: () => Promise<string>;
}

/**
 * The API's way into the analytics: results cached per graph version and per query, the projection read once per
 * version, and everything dropped when the graph changes (`invalidate`, called after every write through the API,
 * and whenever the graph version moves).
 */
export class AnalyticsService {
  private version = 1;
  private lastGraphVersion: string | undefined;
  private projection: Promise<Projection> | undefined;
  private readonly results = new Map<string, Promise<unknown>>();
  private readonly cacheSize: number;

  constructor(private readonly options: AnalyticsServiceOptions) {
    this.cacheSize = options.cacheSize ?? 256;
  }

  get graphVersion(): number {
    return this.version;
  }

  /** The graph changed: every cached result and the projection are out of date. */
  invalidate(): void {
    this.version += 1;
    this.projection = undefined;
    this.results.clear();
  }

  /** One query's result on the network `audience` may see: the public's unless animators ask. */
  async query<Q extends QueryName>(name: Q, args: QueryArgs<Q>, audience: Audience = 'public'): Promise<QueryResult<Q>> {
    return (await this.queryWithVersion(name, args, audience)).result;
  }

  /** A query's result and the graph version it was computed on (null when no clock is given): a report states it. */
  async queryWithVersion<Q extends QueryName>(name: Q, args: QueryArgs<Q>, audience: Audience = 'public'): Promise<{ result: QueryResult<Q>; graphVersion: string | null }> {
    let graphVersion: string | null = null;
    if (this.options.graphVersion) {
      graphVersion = await this.options.graphVersion();
      if (this.lastGraphVersion !== undefined && graphVersion !== this.lastGraphVersion) this.invalidate();
      this.lastGraphVersion = graphVersion;
    }
    return { result: await this.resultOf(name, args, audience), graphVersion };
  }

  private resultOf<Q extends QueryName>(name: Q, args: QueryArgs<Q>, audience: Audience): Promise<QueryResult<Q>> {
    const key = `${audience}:${name}:${stableJson(args)}`;
    const cached = this.results.get(key);
    if (cached) return cached as Promise<QueryResult<Q>>;
    const version = this.version;
    const result = this.options.engine.run(version, () => this.projectionOf(version), name, args, audience);
    if (this.results.size >= this.cacheSize) this.results.delete(this.results.keys().next().value!);
    this.results.set(key, result);
    // A failure is not kept: the next request tries again.
    result.catch(() => {
      if (this.results.get(key) === result) this.results.delete(key);
    });
    return result;
  }

  close(): Promise<void> {
    return this.options.engine.close();
  }

  private projectionOf(version: number): Promise<Projection> {
    if (version !== this.version || !this.projection) {
      const projection = this.options.readProjection();
      if (version === this.version) this.projection = projection;
      projection.catch(() => {
        if (this.projection === projection) this.projection = undefined;
      });
      return projection;
    }
    return this.projection;
  }
}

/** JSON with object keys sorted, so that the same arguments give the same cache key. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item);
}
