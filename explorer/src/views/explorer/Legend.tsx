import { KIND_SHAPES, LINK_COLOURS, PROVENANCE_LINES, SILO_COLOURS, SILOS } from '@maillage/schema/vocabulary';
import type { Totals } from '../../core/graph/filter.js';
import type { SizeMeasure } from '../../core/url/viewState.js';
import { Disclosure, Explained } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';

export const SHOWN_KINDS = ['COLLECTIVITE', 'STATE_SERVICE', 'ASSOCIATION', 'COOPERATIVE', 'COMPANY', 'INSERTION', 'NETWORK', 'PERSON'] as const;

export function TotalsLine({ totals }: { totals: Totals }) {
  const i18n = useI18n();
  return (
    <p className="totals" aria-live="polite">
      <Explained explanation={i18n.t('explain.totals')}>
      <span data-testid="total-actors">{i18n.t('totals.actors', { count: i18n.number(totals.actors) })}</span>
      {' · '}
      <span data-testid="total-links">{i18n.t('totals.links', { count: i18n.number(totals.links) })}</span>
      {' · '}
      <span>{i18n.t('totals.crossSilo', { share: i18n.number(Math.round(totals.crossSiloShare * 100)) })}</span>
      </Explained>
    </p>
  );
}

/** What colours, shapes and lines mean: the legend's body, also in the reading guide. */
export function LegendKey() {
  const i18n = useI18n();
  return (
    <div className="legend-key">
      <div>
        <h3>{i18n.t('legend.silos')}</h3>
        <ul>
          {SILOS.map((silo) => (
            <li key={silo}><span className="swatch" style={{ background: SILO_COLOURS[silo] }} aria-hidden="true" />{i18n.silo(silo)}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3>{i18n.t('legend.shape')}</h3>
        <ul>
          {SHOWN_KINDS.map((kind) => (
            <li key={kind}><span className={`shape shape-${KIND_SHAPES[kind]}`} aria-hidden="true" />{i18n.kind(kind)}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3>{i18n.t('legend.lines')}</h3>
        <ul>
          {(Object.keys(PROVENANCE_LINES) as (keyof typeof PROVENANCE_LINES)[]).map((provenance) => (
            <li key={provenance}><span className="line" style={{ borderTopStyle: PROVENANCE_LINES[provenance], borderTopColor: LINK_COLOURS.PARTNERSHIP }} aria-hidden="true" />{i18n.provenance(provenance)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The legend of what the picture encodes, folded on phones; node size says which measure it shows. */
export function Legend({ size = 'degree', expanded, plainLinks = false }: { size?: SizeMeasure; expanded: boolean; plainLinks?: boolean }) {
  const i18n = useI18n();
  return (
    <section className="legend card" aria-label={i18n.t('legend.title')}>
      <Disclosure title={i18n.t('legend.title')} defaultExpanded={expanded}>
        <LegendKey />
        {size !== 'uniform' && <p className="muted">{i18n.t(size === 'betweenness' ? 'legend.sizeBetweenness' : 'legend.size')}</p>}
        <p className="muted">{i18n.t('legend.context')}</p>
        {plainLinks && <p className="muted" data-testid="plain-links">{i18n.t('legend.plainLinks')}</p>}
      </Disclosure>
    </section>
  );
}
