import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { highlightOf, whatIfActors, whatIfHighlight, whatIfKey } from '../../core/analytics/highlight.js';
import { CENTRALITY_QUERY, GAPS_QUERY, SUGGESTIONS_QUERY, WHAT_IF_QUERY } from '../../core/analytics/queries.js';
import { toElements, type NodeSizing } from '../../core/graph/elements.js';
import { applyFilters, DEFAULT_FILTERS, facetCounts, linkYears, territoryTree, toNetworkFilter, totals, type Filters } from '../../core/graph/filter.js';
import { geoPositions, groupedPositions, grouping, placedOnly, serverPositions, type Grouping } from '../../core/graph/layouts.js';
import { ACTOR_DETAILS_QUERY, NETWORK_QUERY, toNetwork } from '../../core/graph/query.js';
import { withPending } from '../../core/editing/pending.js';
import type { NetworkLink } from '../../core/graph/types.js';
import { translator, type MessageKey } from '../../core/i18n/catalogue.js';
import { filterInWords } from '../../core/exports/filterWords.js';
import { LAYOUTS, SIZE_MEASURES } from '../../core/url/viewState.js';
import { Button, Select, ToggleButton, useIsPhone } from '../../ui/index.js';
import { AppHeader } from './AppHeader.js';
import { DetailPanel } from './DetailPanel.js';
import { EmbedDialog } from './EmbedDialog.js';
import { ReportDialog } from './ReportDialog.js';
import { FilterPanel } from './FilterPanel.js';
import { GapsPanel } from './GapsPanel.js';
import { I18nContext } from '../common/I18n.js';
import { GeoMap } from './GeoMap.js';
import { firstVisit, HowToRead } from './HowToRead.js';
import { Legend } from './Legend.js';
import { NetworkView, type NetworkHandle } from './NetworkView.js';
import { SearchBox } from './SearchBox.js';
import { StageToolbar } from './StageToolbar.js';
import { takePicture } from './takePicture.js';
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
import { useSession } from '../session/SessionContext.js';

/** How many facets narrow the selection, for the drawer's button. */
function activeFilters(filters: Filters): number {
  const lists = (['silos', 'kinds', 'ptceRoles', 'linkKinds'] as const).filter((field) => filters[field].length !== DEFAULT_FILTERS[field].length).length;
  return lists + [filters.territory, filters.sector, filters.asOf, filters.minCore].filter(Boolean).length + Number(filters.crossSiloOnly) + Number(filters.partners);
}

/** A what-if's actors with this one added, or taken out when it is there already; it alone when none runs yet. */
function toggledIn(leaving: string[] | null, actorId: string): string[] {
  if (!leaving) return [actorId];
  return leaving.includes(actorId) ? leaving.filter((id) => id !== actorId) : [...leaving, actorId];
}

/** The catalogue key naming the kind of a gap key, for the banner. */
function gapTitle(gap: string): MessageKey {
  if (gap.startsWith('sector:')) return 'gaps.sectors';
  if (gap.startsWith('match:')) return 'gaps.matches';
  if (gap === 'siloed') return 'gaps.siloed';
  if (gap === 'brokers') return 'gaps.brokers';
  if (gap === 'cutPoints') return 'gaps.fragile';
  if (gap.startsWith('without:')) return 'gaps.whatIfShort';
  return 'gaps.isolated';
}

export function ExplorerPage() {
  const [view, update] = useViewState();
  const [embedding, setEmbedding] = useState(false);
  const closeEmbed = useCallback(() => setEmbedding(false), []);
  const [reporting, setReporting] = useState(false);
  const closeReport = useCallback(() => setReporting(false), []);
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
  const [plainLinks, setPlainLinks] = useState(false);
  const [desk, setDesk] = useState(false);
  const phone = useIsPhone();
  // The filters' drawer starts open where there is room beside the network, closed on a phone.
  const [filtersOpen, setFiltersOpen] = useState(() => !window.matchMedia('(max-width: 1099px)').matches);
  const [howTo, setHowTo] = useState(firstVisit);
  const drawing = useRef<NetworkHandle>(null);
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
  const leaving = useMemo(() => whatIfActors(view.gap), [view.gap]);
  const whatIf = useQuery(WHAT_IF_QUERY, { variables: { actorIds: leaving ?? [], filter }, skip: !leaving || !view.gaps });
  const highlight = useMemo(() => {
    if (leaving) return whatIf.data ? whatIfHighlight(whatIf.data.withoutActors) : null;
    return view.gap && gaps.data && network ? highlightOf(view.gap, gaps.data, network) : null;
  }, [leaving, whatIf.data, view.gap, gaps.data, network]);
  const selection = useMemo(() => (network ? applyFilters(network, view.filters, view.focus) : null), [network, view.filters, view.focus]);
  const counts = useMemo(() => (network ? facetCounts(network, view.filters) : null), [network, view.filters]);
  const territories = useMemo(() => (network ? territoryTree(network) : []), [network]);
  const years = useMemo(() => (network ? linkYears(network) : null), [network]);
  const grouped = useMemo((): Grouping | undefined => {
    if (!network || !selection || view.layout === 'force' || view.layout === 'geo') return undefined;
    const labels = { silo: i18n.silo, elsewhere: i18n.t('layout.elsewhere'), noSector: i18n.t('layout.noSector') };
    return grouping(view.layout, selection, network, labels);
  }, [network, selection, view.layout, i18n]);
  const placement = useMemo(() => (selection && view.layout === 'geo' ? geoPositions(selection.actors) : null), [selection, view.layout]);
  // On the map, only what has a place there; the others are listed beside it.
  const elements = useMemo(() => {
    if (!selection) return [];
    return toElements(placement ? placedOnly(selection, placement) : selection, grouped, sizing);
  }, [selection, placement, grouped, sizing]);
  // Preset positions for every layout: the forces too come computed by the API (the browser runs them only when
  // the API sent none, or when asked to refine).
  const positions = useMemo(() => {
    if (!selection) return null;
    if (view.layout === 'force') return network?.layout ? serverPositions(network.layout, selection) : null;
    return grouped ? groupedPositions(grouped, selection) : placement?.positions ?? null;
  }, [selection, grouped, placement, view.layout, network]);
  const selectedActor = selection?.actors.find((actor) => actor.id === view.selected) ?? null;
  // The actors the analytics see (the filters', not a focus's nor the partners shown beside them): a what-if names them.
  const analysed = useMemo(() => {
    if (!network || !selection) return new Set<string>();
    if (!view.focus && !view.filters.partners) return new Set(selection.actors.map((actor) => actor.id));
    return new Set(applyFilters(network, { ...view.filters, partners: false }).actors.map((actor) => actor.id));
  }, [network, selection, view.focus, view.filters]);
  const focusedActor = view.focus ? network?.actors.find((actor) => actor.id === view.focus?.actor) : undefined;

  const select = (actorId: string | null): void => update({ selected: actorId });
  // The desk shares the right-hand side with the actor's card: "Bureau" shows it, whatever is selected.
  const deskShown = desk && animator && !selectedActor;
  const layoutChoice = (
    <Select label={i18n.t('layout.label')} value={view.layout} onChange={(layout) => layout && update({ layout })}
      options={LAYOUTS.map((value) => ({ value, label: i18n.t(`layout.${value}`) }))} />
  );
  const sizeChoice = (
    <Select label={i18n.t('size.label')} value={view.size} onChange={(size) => size && update({ size })}
      options={SIZE_MEASURES.map((value) => ({ value, label: i18n.t(`size.${value}`) }))} />
  );
  let stage;
  if (loading && !network) stage = <p className="state" role="status">{i18n.t('state.loading')}</p>;
  else if (error || !network || !selection || !counts) {
    stage = (
      <div className="state" role="alert">
        <p>{i18n.t('state.error', { message: error?.message ?? '?' })}</p>
        <Button onPress={() => void refetch()}>{i18n.t('state.retry')}</Button>
      </div>
    );
  } else if (network.actors.length === 0) stage = <p className="state" role="status">{i18n.t('state.emptyNetwork')}</p>;
  else {
    const words = (): string => filterInWords(view.filters, {
      territory: (id) => territories.flatMap((epci) => [epci, ...epci.communes]).find((item) => item.id === id)?.name,
      sector: (id) => network.sectors.find((sector) => sector.id === id)?.name,
    }, i18n);
    stage = (
      <>
        {filtersOpen && (
          <FilterPanel filters={view.filters} counts={counts} sectors={network.sectors} territories={territories} years={years}
            onChange={(filters) => update({ filters, focus: null })} onClose={() => setFiltersOpen(false)}
            display={<>{phone && layoutChoice}{sizeChoice}</>} />
        )}
        <main className="stage" aria-label={i18n.t('app.title')}>
          <StageToolbar filters={view.filters} totals={totals(selection)} activeFilters={activeFilters(view.filters)} filtersOpen={filtersOpen}
            onFilters={() => setFiltersOpen(!filtersOpen)} layout={view.layout} onLayout={(layout) => update({ layout })}
            network={view.view === 'graph' ? {
              fit: () => drawing.current?.fit(),
              ...(view.layout === 'force' ? { refine: () => drawing.current?.refine() } : {}),
              picture: (format) => { if (drawing.current) void takePicture(drawing.current, format, i18n, words()); },
            } : null}
            onShare={() => setEmbedding(true)} onReport={() => setReporting(true)} />
          {reporting && <ReportDialog filters={view.filters} selection={words()} animator={animator} origin={window.location.origin} onClose={closeReport} />}
          {highlight && view.gap && (
            <p className="banner" role="status">
              {i18n.t('gaps.highlighted', { name: i18n.t(gapTitle(view.gap)) })}{' '}
              <Button small onPress={() => update({ gap: null })}>{i18n.t('gaps.clear')}</Button>
            </p>
          )}
          {focusedActor && view.focus && (
            <p className="banner" role="status">
              {i18n.t('detail.focused', { name: focusedActor.name, hops: view.focus.hops })}{' '}
              <Button small onPress={() => update({ focus: null })}>{i18n.t('detail.unfocus')}</Button>
            </p>
          )}
          {selection.actors.length === 0 && <p className="state" role="status">{i18n.t('state.emptySelection')}</p>}
          {view.view === 'table' ? (
            <TableView selection={selection} onSelect={select} />
          ) : (
            <div className={placement ? 'canvas-wrap geo' : 'canvas-wrap'}>
              {placement && <GeoMap network={drawing} unplaced={placement.unplaced} onSelect={select} />}
              <NetworkView key={view.renderer} handle={drawing} elements={elements} layout={view.layout} positions={positions} selected={view.selected}
                renderer={view.renderer} onSlowRenderer={() => update({ renderer: 'canvas' })} onPlainLinks={setPlainLinks}
                highlight={highlight} label={i18n.t('app.title')} onSelect={select} />
              <Legend size={view.size} expanded={!phone} plainLinks={plainLinks} />
              {howTo && <HowToRead onClose={() => setHowTo(false)} />}
            </div>
          )}
        </main>
        {selectedActor ? (
          <DetailPanel actor={selectedActor} details={details.data?.actors[0] ?? null} selection={selection} focus={view.focus} onSelect={select}
            onFocus={(hops) => update({ focus: hops ? { actor: selectedActor.id, hops } : null })} onClose={() => select(null)}
            suggestions={<Suggestions suggestions={suggestions.data?.linkSuggestions ?? null} loading={suggestions.loading} onSelect={select} />}
            onEditLink={animator ? (link) => setLinkForm({ link }) : undefined}
            whatIf={!analysed.has(selectedActor.id) ? undefined : !leaving ? 'ask' : leaving.includes(selectedActor.id) ? 'remove' : 'add'}
            onWhatIf={() => {
              const actorIds = toggledIn(leaving, selectedActor.id);
              update({ gaps: true, gap: actorIds.length > 0 ? whatIfKey(actorIds) : null, selected: null, focus: null });
            }}
            editTools={animator ? (
              <section aria-labelledby="edit-tools-title">
                <h3 id="edit-tools-title">{i18n.t('edit.tools')}</h3>
                <div className="actions">
                  <Button onPress={() => setActorForm({ id: selectedActor.id })}>{i18n.t('edit.editActor')}</Button>
                  <Button onPress={() => setLinkForm({ link: null })}>{i18n.t('edit.addLink')}</Button>
                  <ConfirmDelete entity="ACTOR" id={selectedActor.id} label={i18n.t('edit.deleteActor')} editing={editing}
                    optimistic={{ type: 'delete-actor', id: selectedActor.id }} onDone={() => select(null)} />
                </div>
                <h3>{i18n.t('history.title')}</h3>
                <HistoryList actorId={selectedActor.id} onUndone={() => void refetch()} />
              </section>
            ) : undefined} />
        ) : desk && animator ? (
          <AnimatorPanel editing={editing} admin={can('admin')} sectors={network.sectors} actors={network.actors} onSelect={select} onEdit={(id) => setActorForm({ id })} onClose={() => setDesk(false)} />
        ) : view.gaps && (
          <GapsPanel report={gaps.data ?? null} loading={gaps.loading} error={gaps.error?.message ?? null} active={view.gap}
            onHighlight={(gap) => update({ gap })} onSelect={select} onRetry={() => void gaps.refetch()}
            onClose={() => update({ gaps: false, gap: null })}
            whatIf={leaving ? { result: whatIf.data?.withoutActors ?? null, loading: whatIf.loading, error: whatIf.error?.message ?? null } : null}
            minCore={view.filters.minCore} onCore={(minCore) => update({ filters: { ...view.filters, minCore }, focus: null })} />
        )}
      </>
    );
  }
  const animatorTools = animator && (
    <div role="group" aria-label={i18n.t('edit.tools')} className="tool-group">
      <Button onPress={() => setActorForm({ id: null })}>{i18n.t('edit.newActor')}</Button>
      <Button onPress={() => setImporting(true)}>{i18n.t('import.open')}</Button>
      <ToggleButton isSelected={deskShown} onChange={() => { setDesk(!deskShown); if (!deskShown) select(null); }}>{i18n.t('desk.open')}</ToggleButton>
    </div>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={view.lang}>
        <AppHeader view={view} update={update} onHowTo={() => setHowTo(true)} animatorTools={animatorTools || undefined}
          search={<SearchBox actors={selection?.actors ?? []} onPick={select} />} />
        <div className="workspace">{stage}</div>
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
