import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { toElements } from '../../core/graph/elements.js';
import { applyFilters, facetCounts, linkYears, territoryTree, totals } from '../../core/graph/filter.js';
import { geoPositions, groupedPositions, grouping, type Grouping } from '../../core/graph/layouts.js';
import { ACTOR_DETAILS_QUERY, NETWORK_QUERY, toNetwork } from '../../core/graph/query.js';
import { translator } from '../../core/i18n/catalogue.js';
import { LAYOUTS, SIZE_MEASURES } from '../../core/url/viewState.js';
import { Choice } from './Choice.js';
import { DetailPanel } from './DetailPanel.js';
import { FilterPanel } from './FilterPanel.js';
import { I18nContext } from './I18n.js';
import { Legend, TotalsLine } from './Legend.js';
import { NetworkView } from './NetworkView.js';
import { SearchBox } from './SearchBox.js';
import { TableView } from './TableView.js';
import { useViewState } from './useViewState.js';

export function ExplorerPage() {
  const [view, update] = useViewState();
  const i18n = useMemo(() => translator(view.lang), [view.lang]);
  // The network is read once and never edited here: Apollo's normalised cache would only cost seconds at scale.
  const { data, loading, error, refetch } = useQuery(NETWORK_QUERY, { fetchPolicy: 'no-cache' });
  const details = useQuery(ACTOR_DETAILS_QUERY, { variables: { id: view.selected ?? '' }, skip: !view.selected });
  const network = useMemo(() => (data ? toNetwork(data) : null), [data]);
  const selection = useMemo(() => (network ? applyFilters(network, view.filters, view.focus) : null), [network, view.filters, view.focus]);
  const counts = useMemo(() => (network ? facetCounts(network, view.filters) : null), [network, view.filters]);
  const territories = useMemo(() => (network ? territoryTree(network) : []), [network]);
  const years = useMemo(() => (network ? linkYears(network) : null), [network]);
  const grouped = useMemo((): Grouping | undefined => {
    if (!network || !selection || view.layout === 'force' || view.layout === 'geo') return undefined;
    const labels = { silo: i18n.silo, elsewhere: i18n.t('layout.elsewhere'), noSector: i18n.t('layout.noSector') };
    return grouping(view.layout, selection, network, labels);
  }, [network, selection, view.layout, i18n]);
  const elements = useMemo(() => (selection ? toElements(selection, grouped, view.size) : []), [selection, grouped, view.size]);
  // Preset positions for every layout but the force-directed one.
  const positions = useMemo(() => {
    if (!selection || view.layout === 'force') return null;
    return grouped ? groupedPositions(grouped, selection) : geoPositions(selection.actors);
  }, [selection, grouped, view.layout]);
  const selectedActor = selection?.actors.find((actor) => actor.id === view.selected) ?? null;
  const focusedActor = view.focus ? network?.actors.find((actor) => actor.id === view.focus?.actor) : undefined;

  const select = (actorId: string | null): void => update({ selected: actorId });
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
          <FilterPanel filters={view.filters} counts={counts} sectors={network.sectors} territories={territories} years={years}
            onChange={(filters) => update({ filters, focus: null })} />
          <Legend />
        </div>
        <main className="main">
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
              label={i18n.t('app.title')} onSelect={select} />
          )}
        </main>
        {selectedActor && (
          <DetailPanel actor={selectedActor} details={details.data?.actors[0] ?? null} selection={selection} focus={view.focus} onSelect={select}
            onFocus={(hops) => update({ focus: hops ? { actor: selectedActor.id, hops } : null })} onClose={() => select(null)} />
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
          <div role="group" aria-label={i18n.t('view.label')} className="switch">
            {(['graph', 'table'] as const).map((mode) => (
              <button key={mode} type="button" aria-pressed={view.view === mode} onClick={() => update({ view: mode })}>
                {i18n.t(`view.${mode}`)}
              </button>
            ))}
          </div>
          <button type="button" lang={view.lang === 'fr' ? 'en' : 'fr'} onClick={() => update({ lang: view.lang === 'fr' ? 'en' : 'fr' })}>
            {i18n.t('lang.switch')}
          </button>
        </header>
        <div className="layout">{body}</div>
      </div>
    </I18nContext.Provider>
  );
}
