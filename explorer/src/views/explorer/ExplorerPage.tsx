import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { highlightOf } from '../../core/analytics/highlight.js';
import { CENTRALITY_QUERY, GAPS_QUERY, SUGGESTIONS_QUERY } from '../../core/analytics/queries.js';
import { toElements, type NodeSizing } from '../../core/graph/elements.js';
import { applyFilters, facetCounts, linkYears, territoryTree, toNetworkFilter, totals } from '../../core/graph/filter.js';
import { geoPositions, groupedPositions, grouping, type Grouping } from '../../core/graph/layouts.js';
import { ACTOR_DETAILS_QUERY, NETWORK_QUERY, toNetwork } from '../../core/graph/query.js';
import { withPending } from '../../core/editing/pending.js';
import type { NetworkLink } from '../../core/graph/types.js';
import { translator, type MessageKey } from '../../core/i18n/catalogue.js';
import { LAYOUTS, SIZE_MEASURES } from '../../core/url/viewState.js';
import { Choice } from './Choice.js';
import { DetailPanel } from './DetailPanel.js';
import { DownloadMenu } from './DownloadMenu.js';
import { EmbedDialog } from './EmbedDialog.js';
import { FilterPanel } from './FilterPanel.js';
import { GapsPanel } from './GapsPanel.js';
import { I18nContext } from '../common/I18n.js';
import { Legend, TotalsLine } from './Legend.js';
import { NetworkView } from './NetworkView.js';
import { SearchBox } from './SearchBox.js';
import { Suggestions } from './Suggestions.js';
import { TableView } from './TableView.js';
import { useViewState } from './useViewState.js';
import { ActorForm } from '../editing/ActorForm.js';
import { AnimatorPanel } from '../editing/AnimatorPanel.js';
import { ConfirmDelete } from '../editing/ConfirmDelete.js';
import { HistoryList } from '../editing/HistoryList.js';
import { ImportDialog } from '../editing/ImportDialog.js';
import { LinkForm } from '../editing/LinkForm.js';
import { useEditing } from '../editing/useEditing.js';
import { SessionControl } from '../session/SessionControl.js';
import { useSession } from '../session/SessionContext.js';

/** The catalogue key naming the kind of a gap key, for the banner. */
function gapTitle(gap: string): MessageKey {
  if (gap.startsWith('sector:')) return 'gaps.sectors';
  if (gap.startsWith('match:')) return 'gaps.matches';
  if (gap === 'siloed') return 'gaps.siloed';
  if (gap === 'brokers') return 'gaps.brokers';
  return 'gaps.isolated';
}

export function ExplorerPage() {
  const [view, update] = useViewState();
  const [embedding, setEmbedding] = useState(false);
  const closeEmbed = useCallback(() => setEmbedding(false), []);
  const i18n = useMemo(() => translator(view.lang), [view.lang]);
  // The network is read once and never edited here: Apollo's normalised cache would only cost seconds at scale.
  const { data, loading, error, refetch } = useQuery(NETWORK_QUERY, { fetchPolicy: 'no-cache' });
  const details = useQuery(ACTOR_DETAILS_QUERY, { variables: { id: view.selected ?? '' }, skip: !view.selected });
  const client = useApolloClient();
  const { can } = useSession();
  const animator = can('animator');
  // After an edit, everything on screen is read again: the network, the actor's card, the analytics.
  const editing = useEditing(useCallback(() => client.refetchQueries({ include: 'active' }), [client]));
  const [actorForm, setActorForm] = useState<{ id: string | null } | null>(null);
  const [linkForm, setLinkForm] = useState<{ link: NetworkLink | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [desk, setDesk] = useState(false);
  const base = useMemo(() => (data ? toNetwork(data) : null), [data]);
  const network = useMemo(() => (base ? withPending(base, editing.pending) : null), [base, editing.pending]);
  // The analytics see the same filters (crossing-only and partners are display options, not a selection).
  const filter = useMemo(() => toNetworkFilter(view.filters), [view.filters]);
  const gaps = useQuery(GAPS_QUERY, { variables: { filter }, skip: !view.gaps });
  const suggestions = useQuery(SUGGESTIONS_QUERY, { variables: { actorId: view.selected ?? '', filter }, skip: !view.selected });
  const centrality = useQuery(CENTRALITY_QUERY, { variables: { filter }, skip: view.size !== 'betweenness' });
  const sizing = useMemo((): NodeSizing => {
    if (view.size !== 'betweenness') return view.size;
    const scores = centrality.data?.centrality.scores ?? [];
    return { betweenness: new Map(scores.map((score) => [score.actorId, score.betweenness])) };
  }, [view.size, centrality.data]);
  const highlight = useMemo(
    () => (view.gap && gaps.data && network ? highlightOf(view.gap, gaps.data, network) : null),
    [view.gap, gaps.data, network],
  );
  const selection = useMemo(() => (network ? applyFilters(network, view.filters, view.focus) : null), [network, view.filters, view.focus]);
  const counts = useMemo(() => (network ? facetCounts(network, view.filters) : null), [network, view.filters]);
  const territories = useMemo(() => (network ? territoryTree(network) : []), [network]);
  const years = useMemo(() => (network ? linkYears(network) : null), [network]);
  const grouped = useMemo((): Grouping | undefined => {
    if (!network || !selection || view.layout === 'force' || view.layout === 'geo') return undefined;
    const labels = { silo: i18n.silo, elsewhere: i18n.t('layout.elsewhere'), noSector: i18n.t('layout.noSector') };
    return grouping(view.layout, selection, network, labels);
  }, [network, selection, view.layout, i18n]);
  const elements = useMemo(() => (selection ? toElements(selection, grouped, sizing) : []), [selection, grouped, sizing]);
  // Preset positions for every layout but the force-directed one.
  const positions = useMemo(() => {
    if (!selection || view.layout === 'force') return null;
    return grouped ? groupedPositions(grouped, selection) : geoPositions(selection.actors);
  }, [selection, grouped, view.layout]);
  const selectedActor = selection?.actors.find((actor) => actor.id === view.selected) ?? null;
  const focusedActor = view.focus ? network?.actors.find((actor) => actor.id === view.focus?.actor) : undefined;

  const select = (actorId: string | null): void => update({ selected: actorId });
  // The desk shares the right-hand side with the actor's card: "Bureau" shows it, whatever is selected.
  const deskShown = desk && animator && !selectedActor;
  let body;
  if (loading && !network) body = <p className="state" role="status">{i18n.t('state.loading')}</p>;
  else if (error || !network || !selection || !counts) {
    body = (
      <div className="state" role="alert">
        <p>{i18n.t('state.error', { message: error?.message ?? '?' })}</p>
        <button type="button" onClick={() => void refetch()}>{i18n.t('state.retry')}</button>
      </div>
    );
  } else if (network.actors.length === 0) body = <p className="state" role="status">{i18n.t('state.emptyNetwork')}</p>;
  else {
    body = (
      <>
        <div className="sidebar">
          <SearchBox actors={selection.actors} onPick={select} />
          <TotalsLine totals={totals(selection)} />
          <DownloadMenu filters={view.filters} />
          <button type="button" onClick={() => setEmbedding(true)}>{i18n.t('embedDialog.open')}</button>
          <FilterPanel filters={view.filters} counts={counts} sectors={network.sectors} territories={territories} years={years}
            onChange={(filters) => update({ filters, focus: null })} />
          <Legend size={view.size} />
        </div>
        <main className="main">
          {highlight && view.gap && (
            <p className="banner" role="status">
              {i18n.t('gaps.highlighted', { name: i18n.t(gapTitle(view.gap)) })}{' '}
              <button type="button" onClick={() => update({ gap: null })}>{i18n.t('gaps.clear')}</button>
            </p>
          )}
          {focusedActor && view.focus && (
            <p className="banner" role="status">
              {i18n.t('detail.focused', { name: focusedActor.name, hops: view.focus.hops })}{' '}
              <button type="button" onClick={() => update({ focus: null })}>{i18n.t('detail.unfocus')}</button>
            </p>
          )}
          {selection.actors.length === 0 && <p className="state" role="status">{i18n.t('state.emptySelection')}</p>}
          {view.view === 'table' ? (
            <TableView selection={selection} onSelect={select} />
          ) : (
            <NetworkView elements={elements} layout={view.layout} positions={positions} selected={view.selected}
              highlight={highlight} label={i18n.t('app.title')} onSelect={select} />
          )}
        </main>
        {selectedActor ? (
          <DetailPanel actor={selectedActor} details={details.data?.actors[0] ?? null} selection={selection} focus={view.focus} onSelect={select}
            onFocus={(hops) => update({ focus: hops ? { actor: selectedActor.id, hops } : null })} onClose={() => select(null)}
            suggestions={<Suggestions suggestions={suggestions.data?.linkSuggestions ?? null} loading={suggestions.loading} onSelect={select} />}
            onEditLink={animator ? (link) => setLinkForm({ link }) : undefined}
            editTools={animator ? (
              <section aria-labelledby="edit-tools-title">
                <h3 id="edit-tools-title">{i18n.t('edit.tools')}</h3>
                <div className="actions">
                  <button type="button" onClick={() => setActorForm({ id: selectedActor.id })}>{i18n.t('edit.editActor')}</button>
                  <button type="button" onClick={() => setLinkForm({ link: null })}>{i18n.t('edit.addLink')}</button>
                  <ConfirmDelete entity="ACTOR" id={selectedActor.id} label={i18n.t('edit.deleteActor')} editing={editing}
                    optimistic={{ type: 'delete-actor', id: selectedActor.id }} onDone={() => select(null)} />
                </div>
                <h3>{i18n.t('history.title')}</h3>
                <HistoryList actorId={selectedActor.id} />
              </section>
            ) : undefined} />
        ) : desk && animator ? (
          <AnimatorPanel editing={editing} admin={can('admin')} sectors={network.sectors} actors={network.actors} onSelect={select} onEdit={(id) => setActorForm({ id })} onClose={() => setDesk(false)} />
        ) : view.gaps && (
          <GapsPanel report={gaps.data ?? null} loading={gaps.loading} error={gaps.error?.message ?? null} active={view.gap}
            onHighlight={(gap) => update({ gap })} onSelect={select} onRetry={() => void gaps.refetch()}
            onClose={() => update({ gaps: false, gap: null })} />
        )}
      </>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={view.lang}>
        <header className="topbar">
          <h1>{i18n.t('app.title')} <span className="muted">· {i18n.t('app.subtitle')}</span></h1>
          <Choice label={i18n.t('layout.label')} value={view.layout} values={LAYOUTS}
            text={(layout) => i18n.t(`layout.${layout}`)} onChange={(layout) => update({ layout })} />
          <Choice label={i18n.t('size.label')} value={view.size} values={SIZE_MEASURES}
            text={(measure) => i18n.t(`size.${measure}`)} onChange={(size) => update({ size })} />
          <button type="button" aria-pressed={view.gaps} onClick={() => update({ gaps: !view.gaps, gap: null })}>{i18n.t('gaps.open')}</button>
          <div role="group" aria-label={i18n.t('view.label')} className="switch">
            {(['graph', 'table'] as const).map((mode) => (
              <button key={mode} type="button" aria-pressed={view.view === mode} onClick={() => update({ view: mode })}>
                {i18n.t(`view.${mode}`)}
              </button>
            ))}
          </div>
          <a href={view.lang === 'en' ? '/docs.html?lang=en' : '/docs.html'}>{i18n.t('docs.link')}</a>
          <a href={view.lang === 'en' ? '/declare.html?lang=en' : '/declare.html'}>{i18n.t('declare.link')}</a>
          {animator && (
            <div role="group" aria-label={i18n.t('edit.tools')} className="switch">
              <button type="button" onClick={() => setActorForm({ id: null })}>{i18n.t('edit.newActor')}</button>
              <button type="button" onClick={() => setImporting(true)}>{i18n.t('import.open')}</button>
              <button type="button" aria-pressed={deskShown} onClick={() => { setDesk(!deskShown); if (!deskShown) select(null); }}>{i18n.t('desk.open')}</button>
            </div>
          )}
          <SessionControl />
          <button type="button" lang={view.lang === 'fr' ? 'en' : 'fr'} onClick={() => update({ lang: view.lang === 'fr' ? 'en' : 'fr' })}>
            {i18n.t('lang.switch')}
          </button>
        </header>
        <div className="layout">{body}</div>
        {actorForm && network && (
          <ActorForm actorId={actorForm.id} sectors={network.sectors} editing={editing}
            onClose={(savedId) => { setActorForm(null); if (savedId) select(savedId); }} />
        )}
        {linkForm && selectedActor && network && (
          <LinkForm actor={selectedActor} link={linkForm.link} actors={network.actors} editing={editing} onClose={() => setLinkForm(null)} />
        )}
        {importing && <ImportDialog editing={editing} onClose={() => setImporting(false)} />}
        {embedding && <EmbedDialog filters={view.filters} layout={view.layout} origin={window.location.origin} canSave={animator} onClose={closeEmbed} />}
      </div>
    </I18nContext.Provider>
  );
}
