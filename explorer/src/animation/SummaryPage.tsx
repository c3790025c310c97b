import { SILO_COLOURS, type Silo } from '@maillage/schema/vocabulary';
import type { ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useState } from 'react';
import { toElements } from '../core/graph/elements.js';
import { applyFilters, DEFAULT_FILTERS } from '../core/graph/filter.js';
import { NETWORK_QUERY, toNetwork } from '../core/graph/query.js';
import type { Network } from '../core/graph/types.js';
import type { Translator } from '../core/i18n/catalogue.js';
import { request } from '../core/request.js';
import { percent } from '../core/workshop/board.js';
import { SUMMARY } from '../core/workshop/queries.js';
import type { WorkshopSummaryQuery } from '../generated/graphql.js';
import { BeforeAfter } from './BeforeAfter.js';
import { deskHref } from './animator.js';

type Summary = WorkshopSummaryQuery['workshopSummary'];

/** The territory's network now, with what the workshop added marked: the after picture, from which the before is taken. */
function afterElements(network: Network, summary: Summary): ElementDefinition[] {
  const added = new Set([...summary.addedActorIds, ...summary.addedLinkIds]);
  const selection = applyFilters(network, { ...DEFAULT_FILTERS, territory: summary.workshop.territoryId ?? null });
  const actors = [...selection.actors, ...network.actors.filter((actor) => added.has(actor.id) && !selection.actors.includes(actor))];
  const shown = new Set(actors.map((actor) => actor.id));
  const links = network.links.filter((link) => shown.has(link.source) && shown.has(link.target) && (added.has(link.id) || selection.links.includes(link)));
  return toElements({ ...selection, actors, links }).map((element) => (added.has(element.data.id!) ? { ...element, classes: 'workshop' } : element));
}

/** A workshop's summary: who took part by silo, what it added, the share across silos before and after, needs met, votes. */
export function SummaryPage({ i18n, headers, id }: { i18n: Translator; headers: Record<string, string>; id: string }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [network, setNetwork] = useState<Network | null>(null);
  useEffect(() => {
    void request(SUMMARY, { id }, headers).then((answer) => setSummary(answer.workshopSummary));
    void request(NETWORK_QUERY).then((answer) => setNetwork(toNetwork(answer)));
  }, [id, headers]);
  const after = useMemo(() => (network && summary ? afterElements(network, summary) : null), [network, summary]);
  if (!summary) return <p aria-busy="true" />;
  const { workshop } = summary;
  const most = Math.max(1, ...summary.participantsBySilo.map((row) => row.participants));
  return (
    <>
      <p><a href={deskHref(i18n.lang, workshop.id)}>{i18n.t('workshop.console')}</a> · <a href={deskHref(i18n.lang)}>{i18n.t('workshop.back')}</a></p>
      <h1>{i18n.t('workshop.summaryOf')} : {workshop.title}</h1>
      <p>{i18n.date(workshop.date)} · {workshop.question}</p>
      {workshop.status !== 'CLOSED' && <p className="banner">{i18n.t('workshop.summaryLive')}</p>}
      <div className="summary-grid">
        <section className="workshop-card" aria-labelledby="by-silo">
          <h2 id="by-silo">{i18n.t('workshop.bySilo')} ({summary.participantsTotal})</h2>
          <ul className="silo-bars">
            {summary.participantsBySilo.map((row) => (
              <li key={row.silo ?? 'none'}>
                <span>{row.silo ? i18n.silo(row.silo as Silo) : i18n.t('workshop.siloUnknown')}</span>
                <span className="bar" aria-hidden="true"><span style={{ width: `${(100 * row.participants) / most}%`, background: row.silo ? SILO_COLOURS[row.silo as Silo] : 'var(--muted)' }} /></span>
                <strong>{row.participants}</strong>
              </li>
            ))}
          </ul>
        </section>
        <section className="workshop-card" aria-labelledby="added">
          <h2 id="added">{i18n.t('workshop.addedFigures')}</h2>
          <dl className="counters small">
            <div><dt>{i18n.t('workshop.actorsAdded')}</dt><dd data-summary="actors">{summary.actorsAdded}</dd></div>
            <div><dt>{i18n.t('workshop.linksAdded')}</dt><dd data-summary="links">{summary.linksAdded}</dd></div>
            <div><dt>{i18n.t('workshop.resourcesAdded')}</dt><dd data-summary="resources">{summary.resourcesAdded}</dd></div>
          </dl>
          <p>{i18n.t('workshop.shareBefore')} : <strong>{percent(summary.crossSiloShareBefore, i18n.lang)}</strong> · {i18n.t('workshop.shareAfter')} : <strong data-summary="shareAfter">{percent(summary.crossSiloShareAfter, i18n.lang)}</strong></p>
        </section>
        <section className="workshop-card" aria-labelledby="matched">
          <h2 id="matched">{i18n.t('workshop.matchedNeeds')}</h2>
          {summary.matchedNeeds.length === 0 ? <p className="muted">{i18n.t('workshop.matchedNeedsNone')}</p> : (
            <ul>{summary.matchedNeeds.map((need, index) => <li key={index}>{i18n.t('workshop.neededBy', { need: need.need, by: need.neededBy, offers: need.offeredBy.join(', ') })}</li>)}</ul>
          )}
        </section>
        <section className="workshop-card" aria-labelledby="voted">
          <h2 id="voted">{i18n.t('workshop.votedList')}</h2>
          {summary.voted.length === 0 ? <p className="muted">{i18n.t('workshop.votedNone')}</p> : (
            <ol>{summary.voted.map((vote) => <li key={vote.proposalId}>{vote.resource ? i18n.t('workshop.offersTo', { from: vote.from, to: vote.to, resource: vote.resource }) : i18n.t('workshop.linkTo', { from: vote.from, to: vote.to })} — {i18n.t('workshop.votes', { count: vote.votes })}</li>)}</ol>
          )}
        </section>
      </div>
      {after && <BeforeAfter i18n={i18n} after={after} />}
    </>
  );
}
