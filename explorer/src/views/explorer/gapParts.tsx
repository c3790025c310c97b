import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import type { ReactNode } from 'react';
import type { GapKey } from '../../core/analytics/highlight.js';
import type { ActorSummary, Text } from '../../core/analytics/types.js';
import type { MessageKey } from '../../core/i18n/catalogue.js';
import { Button, Explained, ToggleButton } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';

/** How many names a list of the panel shows before "and N more". */
export const SHOWN = 8;

/** Actors by name, each with its silo's swatch and a button that opens its card, then what follows it. */
export function ActorNames<T>({ items, total = items.length, actorOf, detail, onSelect }: {
  items: readonly T[]; total?: number; actorOf(item: T): ActorSummary; detail?(item: T): ReactNode; onSelect(actorId: string): void;
}) {
  const i18n = useI18n();
  return (
    <ul>
      {items.slice(0, SHOWN).map((item) => {
        const actor = actorOf(item);
        return (
          <li key={actor.id}>
            <span className="swatch" style={{ background: SILO_COLOURS[actor.silo] }} aria-hidden="true" />
            <Button tone="link" onPress={() => onSelect(actor.id)}>{actor.name}</Button>
            {detail?.(item)}
          </li>
        );
      })}
      {total > SHOWN && <li className="muted">{i18n.t('gaps.more', { count: i18n.number(total - SHOWN) })}</li>}
    </ul>
  );
}

/** Says an API sentence in the page's language. */
export function useSay(): (text: Text) => string {
  const i18n = useI18n();
  return (text) => text[i18n.lang];
}

export type SectionId = 'sectors' | 'matches' | 'unmet' | 'isolated' | 'siloed' | 'brokers' | 'fragile' | 'holes' | 'mixing' | 'core';

/** The "indicatif" mark of a figure that missing links distort, with its reason in words (not in a tooltip only). */
export function Indicative({ coverage }: { coverage: { indicative: boolean; note: Text } }) {
  const i18n = useI18n();
  const say = useSay();
  if (!coverage.indicative) return null;
  return <p className="indicative"><strong className="badge">{i18n.t('gaps.indicative')}</strong> {say(coverage.note)}</p>;
}

/** A kind of gap: its count, a button that lights the whole list up on the graph, and its items. */
export function Section({ id, title, count, gapKey, active, onHighlight, coverage, children }: {
  id: SectionId; title: string; count: number; gapKey?: GapKey; active: GapKey | null; onHighlight(key: GapKey | null): void;
  coverage?: { indicative: boolean; note: Text }; children: ReactNode;
}) {
  const i18n = useI18n();
  return (
    <section aria-labelledby={`gaps-${id}`} className="gap-section">
      <h3 id={`gaps-${id}`}>{title} <Explained explanation={i18n.t(`explain.${id}` as MessageKey)}><span className="count">({i18n.number(count)})</span></Explained></h3>
      {coverage && <Indicative coverage={coverage} />}
      {gapKey && count > 0 && (
        <ToggleButton isSelected={active === gapKey} onChange={() => onHighlight(active === gapKey ? null : gapKey)}>
          {i18n.t('gaps.show')}
        </ToggleButton>
      )}
      {count === 0 ? <p className="muted">{i18n.t('gaps.none')}</p> : children}
    </section>
  );
}
