import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { FRESHNESS } from '../../core/editing/queries.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';

interface ListProps<T> {
  id: string;
  title: string;
  list: { total: number; items: T[] };
  actorOf(item: T): { id: string; name: string };
  detail?(item: T): ReactNode;
  onSelect(actorId: string): void;
}

/** One short list of the section: its count in the title, each actor a button that opens its record. */
function DeskList<T>({ id, title, list, actorOf, detail, onSelect }: ListProps<T>) {
  const i18n = useI18n();
  return (
    <>
      <h4 id={id}>{title}</h4>
      {list.items.length === 0 && <p className="muted">{i18n.t('desk.freshnessNone')}</p>}
      <ul className="cards" aria-labelledby={id}>
        {list.items.map((item, index) => {
          const actor = actorOf(item);
          const more = detail?.(item);
          return (
            <li key={`${actor.id}|${index}`}>
              <Button small onPress={() => onSelect(actor.id)}>{actor.name}</Button>
              {more && <> <span className="muted">{more}</span></>}
            </li>
          );
        })}
      </ul>
      {list.total > list.items.length && <p className="muted">{i18n.t('desk.freshnessMore', { count: i18n.number(list.total - list.items.length) })}</p>}
    </>
  );
}

/**
 * The desk's "À revoir": records nobody reviewed for COVERAGE_MONTHS (with who last changed them), needs without an
 * offer for a month, isolated actors and cut points; each name opens the actor, and the same list is a feed.
 */
export function FreshnessSection({ onSelect }: { onSelect(actorId: string): void }) {
  const i18n = useI18n();
  const freshness = useQuery(FRESHNESS, { fetchPolicy: 'network-only' });
  const desk = freshness.data?.freshness;
  const day = (iso: string): string => i18n.date(iso.slice(0, 10));
  return (
    <section aria-labelledby="freshness-title">
      <h3 id="freshness-title">{i18n.t('desk.freshness')}</h3>
      {freshness.loading && <p role="status">{i18n.t('state.loading')}</p>}
      {freshness.error && <p role="alert">{freshness.error.message}</p>}
      {desk && (
        <>
          <p className="muted">{i18n.t('desk.freshnessHint', { months: desk.coverageMonths, days: desk.needDays })}</p>
          <DeskList id="freshness-stale" title={i18n.t('desk.freshnessStale', { months: desk.coverageMonths, count: desk.staleActors.total })}
            list={desk.staleActors} actorOf={(item) => item.actor} onSelect={onSelect}
            detail={(item) => (item.lastChangedAt && item.lastChangedBy
              ? i18n.t('desk.freshnessLastChanged', { date: day(item.lastChangedAt), by: item.lastChangedBy })
              : item.actor.updatedAt ? i18n.t('desk.freshnessUnchanged', { date: day(item.actor.updatedAt) }) : null)} />
          <DeskList id="freshness-needs" title={i18n.t('desk.freshnessNeeds', { days: desk.needDays, count: desk.unofferedNeeds.total })}
            list={desk.unofferedNeeds} actorOf={(item) => item.actor} onSelect={onSelect}
            detail={(item) => i18n.t('desk.freshnessNeed', { resource: item.resource.name, days: item.days })} />
          <DeskList id="freshness-isolated" title={i18n.t('desk.freshnessIsolated', { count: desk.isolatedActors.total })}
            list={desk.isolatedActors} actorOf={(item) => item.actor} onSelect={onSelect} />
          <DeskList id="freshness-cut-points" title={i18n.t('desk.freshnessCutPoints', { count: desk.cutPoints.total })}
            list={desk.cutPoints} actorOf={(item) => item.actor} onSelect={onSelect}
            detail={(item) => i18n.t('desk.freshnessCutOff', { count: item.cutOff })} />
        </>
      )}
      <p>
        <strong>{i18n.t('desk.freshnessFeeds')}</strong>{' '}
        <a href="/feeds/freshness.atom" type="application/atom+xml">/feeds/freshness.atom</a>{' · '}
        <a href="/feeds/freshness.json" type="application/feed+json">/feeds/freshness.json</a>
      </p>
      <p className="muted">{i18n.t('desk.freshnessFeedsHint')}</p>
    </section>
  );
}
