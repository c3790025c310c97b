import { ACTOR_KINDS, COOPERATION_KINDS, PTCE_ROLES, SILO_COLOURS, SILOS } from '@maillage/schema/vocabulary';
import type { ReactNode } from 'react';
import { DEFAULT_FILTERS, type FacetCounts, type Filters, type TerritoryOption } from '../../core/graph/filter.js';
import { type SectorNode } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';

interface Props {
  filters: Filters;
  counts: FacetCounts;
  sectors: SectorNode[];
  territories: TerritoryOption[];
  /** The years the links span, for the time slider. */
  years: { first: number; last: number } | null;
  onChange(filters: Filters): void;
}

type ListFacet = 'silos' | 'kinds' | 'ptceRoles' | 'linkKinds';

function toggled<T extends string>(all: readonly T[], current: T[], value: T): T[] {
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return all.filter((item) => next.includes(item));
}

function Checklist<T extends string>(props: {
  legend: string;
  values: readonly T[];
  checked: T[];
  count(value: T): number;
  label(value: T): ReactNode;
  onToggle(value: T): void;
}) {
  const i18n = useI18n();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" checked={props.checked.includes(value)} onChange={() => props.onToggle(value)} />
          {props.label(value)} <span className="count">({i18n.number(props.count(value))})</span>
        </label>
      ))}
    </fieldset>
  );
}

interface TreeItem {
  id: string;
  name: string;
  children: { id: string; name: string }[];
}

/** A one-choice facet over a two-level tree (EPCI and communes, sector and sub-sectors), each option counted. */
function TreeSelect(props: {
  label: string;
  allLabel: string;
  value: string | null;
  tree: TreeItem[];
  count(id: string): number;
  onChange(value: string | null): void;
}) {
  const i18n = useI18n();
  const option = (item: { id: string; name: string }, indent: boolean) => (
    <option key={item.id} value={item.id}>{indent ? '\u00a0\u00a0— ' : ''}{item.name} ({i18n.number(props.count(item.id))})</option>
  );
  return (
    <label className="field">
      {props.label}
      <select value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value || null)}>
        <option value="">{props.allLabel}</option>
        {props.tree.map((item) => [option(item, false), ...item.children.map((child) => option(child, true))])}
      </select>
    </label>
  );
}

/** Every facet with live counts: what each value would show with the other filters applied. */
export function FilterPanel({ filters, counts, sectors, territories, years, onChange }: Props) {
  const i18n = useI18n();
  const set = (change: Partial<Filters>): void => onChange({ ...filters, ...change });
  const toggle = <F extends ListFacet>(facet: F, all: readonly Filters[F][number][], value: Filters[F][number]): void =>
    set({ [facet]: toggled(all, filters[facet] as Filters[F][number][], value) } as Partial<Filters>);
  return (
    <section className="panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{i18n.t('filters.title')}</h2>
      <TreeSelect
        label={i18n.t('filters.territory')}
        allLabel={i18n.t('filters.territoryAll')}
        value={filters.territory}
        tree={territories.map((epci) => ({ ...epci, children: epci.communes }))}
        count={(id) => counts.territories.get(id) ?? 0}
        onChange={(territory) => set({ territory })}
      />
      <TreeSelect
        label={i18n.t('filters.sector')}
        allLabel={i18n.t('filters.sectorAll')}
        value={filters.sector}
        tree={sectors.filter((sector) => !sector.parent).map((root) => ({ ...root, children: sectors.filter((sector) => sector.parent === root.id) }))}
        count={(id) => counts.sectors.get(id) ?? 0}
        onChange={(sector) => set({ sector })}
      />
      <Checklist
        legend={i18n.t('filters.silos')}
        values={SILOS}
        checked={filters.silos}
        count={(silo) => counts.silos[silo]}
        label={(silo) => (<><span className="swatch" style={{ background: SILO_COLOURS[silo] }} aria-hidden="true" />{i18n.silo(silo)}</>)}
        onToggle={(silo) => toggle('silos', SILOS, silo)}
      />
      <details>
        <summary>{i18n.t('filters.kinds')}</summary>
        <Checklist legend={i18n.t('filters.kinds')} values={ACTOR_KINDS} checked={filters.kinds}
          count={(kind) => counts.kinds[kind]} label={(kind) => i18n.kind(kind)} onToggle={(kind) => toggle('kinds', ACTOR_KINDS, kind)} />
      </details>
      <details>
        <summary>{i18n.t('filters.roles')}</summary>
        <Checklist legend={i18n.t('filters.roles')} values={PTCE_ROLES} checked={filters.ptceRoles}
          count={(role) => counts.ptceRoles[role]} label={(role) => i18n.role(role)} onToggle={(role) => toggle('ptceRoles', PTCE_ROLES, role)} />
      </details>
      <details>
        <summary>{i18n.t('filters.linkKinds')}</summary>
        <Checklist legend={i18n.t('filters.linkKinds')} values={COOPERATION_KINDS} checked={filters.linkKinds}
          count={(kind) => counts.linkKinds[kind]} label={(kind) => i18n.linkKind(kind)} onToggle={(kind) => toggle('linkKinds', COOPERATION_KINDS, kind)} />
      </details>
      <label className="check">
        <input type="checkbox" checked={filters.crossSiloOnly} onChange={() => set({ crossSiloOnly: !filters.crossSiloOnly })} />
        {i18n.t('filters.crossSilo')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.partners} onChange={() => set({ partners: !filters.partners })} />
        {i18n.t('filters.partners')}
      </label>
      {years && (
        <div className="field">
          <label htmlFor="filter-year">{i18n.t('filters.year')}</label>
          <input
            id="filter-year"
            type="range"
            min={years.first - 1}
            max={years.last}
            step={1}
            value={filters.asOf ? Number(filters.asOf.slice(0, 4)) : years.first - 1}
            aria-valuetext={filters.asOf ? filters.asOf.slice(0, 4) : i18n.t('filters.yearAll')}
            // The leftmost notch means "every year"; the others, the links active on 31 December of that year.
            onChange={(event) => {
              const year = Number(event.target.value);
              set({ asOf: year < years.first ? null : `${year}-12-31` });
            }}
          />
          <span className="hint" aria-hidden="true">{filters.asOf ? filters.asOf.slice(0, 4) : i18n.t('filters.yearAll')}</span>
        </div>
      )}
      <label className="field">
        {i18n.t('filters.date')}
        <input type="date" value={filters.asOf ?? ''} onChange={(event) => set({ asOf: event.target.value || null })} aria-describedby="date-hint" />
        <span id="date-hint" className="hint">{filters.asOf ? '' : i18n.t('filters.dateAll')}</span>
      </label>
      <button type="button" onClick={() => onChange(DEFAULT_FILTERS)}>{i18n.t('filters.reset')}</button>
    </section>
  );
}
