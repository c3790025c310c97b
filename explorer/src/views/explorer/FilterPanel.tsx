import { SILOS, type Silo } from '../../core/graph/types.js';
import type { Filters } from '../../core/graph/filter.js';
import { SILO_COLOURS } from '../../core/graph/style.js';
import { useI18n } from './I18n.js';

interface Props {
  filters: Filters;
  /** Actors per silo in the whole network. */
  counts: Record<Silo, number>;
  onChange(filters: Filters): void;
}

export function FilterPanel({ filters, counts, onChange }: Props) {
  const i18n = useI18n();
  const toggle = (silo: Silo): void => {
    const silos = filters.silos.includes(silo) ? filters.silos.filter((s) => s !== silo) : [...filters.silos, silo];
    onChange({ ...filters, silos: SILOS.filter((s) => silos.includes(s)) });
  };
  return (
    <section className="panel" aria-labelledby="filters-title">
      <h2 id="filters-title">{i18n.t('filters.title')}</h2>
      <fieldset>
        <legend>{i18n.t('filters.silos')}</legend>
        {SILOS.map((silo) => (
          <label key={silo} className="check">
            <input type="checkbox" checked={filters.silos.includes(silo)} onChange={() => toggle(silo)} />
            <span className="swatch" style={{ background: SILO_COLOURS[silo] }} aria-hidden="true" />
            {i18n.silo(silo)} <span className="count">({i18n.number(counts[silo])})</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        {i18n.t('filters.date')}
        <input
          type="date"
          value={filters.date ?? ''}
          onChange={(event) => onChange({ ...filters, date: event.target.value || null })}
          aria-describedby="date-hint"
        />
        <span id="date-hint" className="hint">{filters.date ? '' : i18n.t('filters.dateAll')}</span>
      </label>
    </section>
  );
}
