import type { Driver } from 'neo4j-driver';
import type { AnalyticsService } from '../analytics/index.js';
import { monthsBefore } from '../analytics/measures/coverage.js';
import { dayOf, daysBefore, daysBetween, NEED_OPEN_DAYS } from './dates.js';
import { actorHref } from './href.js';
import { readStaleActors, readUnofferedNeeds, readUpdatedAt } from './read.js';
import { authorInWords, bothLanguages, FRESHNESS_TEXTS, joined } from './texts.js';
import type { DeskActor, FreshnessDesk } from './types.js';

/** The most items a list of the desk (or a feed) gives. */
export const MAX_DESK_LIMIT = 500;

export interface DeskSources {
  db: { driver: Driver; database: string };
  analytics: Pick<AnalyticsService, 'query'>;
}

export interface DeskOptions {
  /** COVERAGE_MONTHS: a record older than this is to be reviewed. */
  coverageMonths: number;
  /** Items per list. */
  limit: number;
  now?: Date;
}

type AnalyticsActor = Omit<DeskActor, 'updatedAt' | 'href'>;

/**
 * What needs a look on `now`'s day, for animators: records not reviewed within COVERAGE_MONTHS (with who last changed
 * them), needs no actor offers for more than NEED_OPEN_DAYS days, isolated actors, and the actors whose departure
 * would cut off the most others — each list with its total and its first `limit` items, each item with its record's link.
 * The analytics run on the animators' network: people included, the whole graph, no filter.
 */
export async function freshnessDesk({ db, analytics }: DeskSources, { coverageMonths, limit, now = new Date() }: DeskOptions): Promise<FreshnessDesk> {
  const today = dayOf(now);
  const [isolated, fragility] = await Promise.all([
    analytics.query('isolatedActors', { filter: {} }, 'animator'),
    // Always the same (largest) page, so that every desk shares one result of the analytics' cache.
    analytics.query('fragility', { filter: {}, limit: MAX_DESK_LIMIT }, 'animator'),
  ]);
  const { cutPoints } = fragility;
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  const read = await session.executeRead(async (tx) => ({
    // The coverage's own day: a record reviewed before it counts as not reviewed in every figure too.
    stale: await readStaleActors(tx, monthsBefore(dayOf(now), coverageMonths), limit),
    needs: await readUnofferedNeeds(tx, daysBefore(today, NEED_OPEN_DAYS), limit),
    updatedAt: await readUpdatedAt(tx, [...isolated.slice(0, limit), ...cutPoints.slice(0, limit)].map((item) => item.actor.id)),
  })).finally(() => session.close());
  const deskActor = ({ id, name, silo, kind }: AnalyticsActor): DeskActor => ({ id, name, silo, kind, updatedAt: read.updatedAt.get(id) ?? null, href: actorHref(id) });

  return {
    today,
    coverageMonths,
    needDays: NEED_OPEN_DAYS,
    staleActors: {
      total: read.stale.total,
      items: read.stale.items.map((row) => ({
        ...row,
        why: bothLanguages(FRESHNESS_TEXTS.stale(coverageMonths, row.actor.updatedAt, row.lastChangedAt ? { at: row.lastChangedAt, by: authorInWords(row.lastChangedBy ?? '') } : null)),
      })),
    },
    unofferedNeeds: {
      total: read.needs.total,
      items: read.needs.items.map((row) => {
        const days = daysBetween(row.since, today);
        return { ...row, days, why: bothLanguages(FRESHNESS_TEXTS.need(row.actor.name, row.resource.name, row.since, days)) };
      }),
    },
    isolatedActors: {
      total: isolated.length,
      items: isolated.slice(0, limit).map((gap) => ({ actor: deskActor(gap.actor), why: bothLanguages(joined(gap.reasons)) })),
    },
    cutPoints: {
      total: fragility.cutPointCount,
      items: cutPoints.slice(0, limit).map((point) => ({ actor: deskActor(point.actor), cutOff: point.cutOff, why: bothLanguages(joined(point.reasons)) })),
    },
  };
}
