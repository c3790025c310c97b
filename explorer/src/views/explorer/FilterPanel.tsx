import { ACTOR_KINDS, COOPERATION_KINDS, PTCE_ROLES, SILO_COLOURS, SILOS } from '@maillage/schema/vocabulary';
import type { ReactNode } from 'react';
import { Button, Checkbox, DateField, Disclosure, Select, Slider } from '../../ui/index.js';
import { DEFAULT_FILTERS, type FacetCounts, type Filters, type TerritoryOption } from '../../core/graph/filter.js';
import { type SectorNode } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';
import { coreLevelWords } from '../../core/exports/filterWords.js';

interface Props {
  filters: Filters;
  counts: FacetCounts;
  sectors: SectorNode[];
  territories: TerritoryOption[];
  /** The years the links span, for the time slider. */
  years: { first: number; last: number } | null;
  onChange(filters: Filters): void;
  /** The display's choices (layout, node size), in the drawer on a phone. */
  display?: ReactNode;
  onClose(): void;
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
        <Checkbox key={value} checked={props.checked.includes(value)} onChange={() => props.onToggle(value)}>
          {props.label(value)} <span className="count">({i18n.number(props.count(value))})</span>
        </Checkbox>
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
  const options = props.tree.flatMap((item) => [
    { value: item.id, label: item.name, extra: `(${i18n.number(props.count(item.id))})` },
    ...item.children.map((child) => ({ value: child.id, label: child.name, extra: `(${i18n.number(props.count(child.id))})`, indent: true })),
  ]);
  return <Select label={props.label} value={props.value} empty={props.allLabel} options={options} onChange={props.onChange} />;
}

/** Every facet with live counts: what each value would show with the other filters applied. */
export function FilterPanel({ filters, counts, sectors, territories, years, onChange, display, onClose }: Props) {
  const i18n = useI18n();
  const set = (change: Partial<Filters>): void => onChange({ ...filters, ...change });
  const toggle = <F extends ListFacet>(facet: F, all: readonly Filters[F][number][], value: Filters[F][number]): void =>
    set({ [facet]: toggled(all, filters[facet] as Filters[F][number][], value) } as Partial<Filters>);
  return (
    <section className="drawer" id="filters-drawer" aria-labelledby="filters-title">
      <header className="drawer-header">
        <h2 id="filters-title">{i18n.t('filters.title')}</h2>
        <Button tone="quiet" icon aria-label={i18n.t('shell.closeFilters')} onPress={onClose}><span aria-hidden="true" className="close-mark">×</span></Button>
      </header>
      <div className="drawer-body">
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
      <Disclosure title={i18n.t('filters.kinds')}>
        <Checklist legend={i18n.t('filters.kinds')} values={ACTOR_KINDS} checked={filters.kinds}
          count={(kind) => counts.kinds[kind]} label={(kind) => i18n.kind(kind)} onToggle={(kind) => toggle('kinds', ACTOR_KINDS, kind)} />
      </Disclosure>
      <Disclosure title={i18n.t('filters.roles')}>
        <Checklist legend={i18n.t('filters.roles')} values={PTCE_ROLES} checked={filters.ptceRoles}
          count={(role) => counts.ptceRoles[role]} label={(role) => i18n.role(role)} onToggle={(role) => toggle('ptceRoles', PTCE_ROLES, role)} />
      </Disclosure>
      <Disclosure title={i18n.t('filters.linkKinds')}>
        <Checklist legend={i18n.t('filters.linkKinds')} values={COOPERATION_KINDS} checked={filters.linkKinds}
          count={(kind) => counts.linkKinds[kind]} label={(kind) => i18n.linkKind(kind)} onToggle={(kind) => toggle('linkKinds', COOPERATION_KINDS, kind)} />
      </Disclosure>
      {(counts.cores.length > 0 || filters.minCore) && (
        <Select label={i18n.t('filters.core')} value={filters.minCore ? String(filters.minCore) : null} empty={i18n.t('filters.coreAll')}
          description={i18n.t('filters.coreHint')}
          // A level past the innermost core (from a link, or after narrowing the rest) stays shown, with nobody in it.
          options={Array.from({ length: Math.max(counts.cores.length, filters.minCore ?? 0) }, (_, i) => ({
            value: String(i + 1), label: coreLevelWords(i18n, i + 1), extra: i18n.number(counts.cores[i] ?? 0),
          }))}
          onChange={(k) => set({ minCore: k ? Number(k) : null })} />
      )}
      <div className="options">
        <Checkbox checked={filters.crossSiloOnly} onChange={() => set({ crossSiloOnly: !filters.crossSiloOnly })}>{i18n.t('filters.crossSilo')}</Checkbox>
        <Checkbox checked={filters.partners} onChange={() => set({ partners: !filters.partners })}>{i18n.t('filters.partners')}</Checkbox>
      </div>
      {years && (
        <Slider
          label={i18n.t('filters.year')}
          min={years.first - 1}
          max={years.last}
          value={filters.asOf ? Number(filters.asOf.slice(0, 4)) : years.first - 1}
          valueText={(year) => (year < years.first ? i18n.t('filters.yearAll') : String(year))}
          // The leftmost notch means "every year"; the others, the links active on 31 December of that year.
          onChange={(year) => set({ asOf: year < years.first ? null : `${year}-12-31` })}
        />
      )}
      <DateField label={i18n.t('filters.date')} lang={i18n.lang} value={filters.asOf ?? ''} onChange={(day) => set({ asOf: day || null })}
        description={filters.asOf ? undefined : i18n.t('filters.dateAll')} />
      {display && <Disclosure title={i18n.t('shell.display')} defaultExpanded>{display}</Disclosure>}
      </div>
      <footer className="drawer-footer">
        <Button onPress={() => onChange(DEFAULT_FILTERS)}>{i18n.t('filters.reset')}</Button>
        <Button tone="primary" className="phone-only" onPress={onClose}>{i18n.t('shell.showResults')}</Button>
      </footer>
    </section>
  );
}
