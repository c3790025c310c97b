import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import { whatIfKey, type GapKey } from '../../core/analytics/highlight.js';
import type { Fragility } from '../../core/analytics/types.js';
import { Button, Explained, ToggleButton } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { Section, SHOWN, useSay } from './gapParts.js';


interface Props {
  fragility: Fragility;
  active: GapKey | null;
  /** The k-core shown now (the filter's `minCore`), if any. */
  minCore: number | null;
  onHighlight(key: GapKey | null): void;
  onSelect(actorId: string): void;
  onCore(k: number | null): void;
}

/** Where the selection's cooperation is fragile, and how it holds together: cut points, holes, mixing, core. */
export function FragilitySections({ fragility, active, minCore, onHighlight, onSelect, onCore }: Props) {
  const i18n = useI18n();
  const say = useSay();
  const { cutPoints, structuralHoles, mixing, cores, coverage } = fragility;
  return (
    <>
      <Section id="fragile" title={i18n.t('gaps.fragile')} count={fragility.cutPointCount} gapKey="cutPoints" active={active} onHighlight={onHighlight} coverage={coverage}>
        <p className="muted">{i18n.t('gaps.fragileHint', { bridges: i18n.number(fragility.bridgeCount) })}</p>
        <ol>
          {cutPoints.slice(0, SHOWN).map((point) => {
            const key = whatIfKey([point.actor.id]);
            return (
              <li key={point.actor.id}>
                <span className="swatch" style={{ background: SILO_COLOURS[point.actor.silo] }} aria-hidden="true" />
                <Button tone="link" onPress={() => onSelect(point.actor.id)}>{point.actor.name}</Button>
                <span className="muted"> · {i18n.t('gaps.cutOff', { count: i18n.number(point.cutOff) })} </span>
                <ToggleButton small isSelected={active === key} onChange={() => onHighlight(active === key ? null : key)}>
                  {i18n.t('gaps.whatIfShort')}{' '}<span className="visually-hidden">{i18n.t('gaps.whatIfAsk', { name: point.actor.name })}</span>
                </ToggleButton>
              </li>
            );
          })}
        </ol>
      </Section>
      <Section id="holes" title={i18n.t('gaps.holes')} count={structuralHoles.length} active={active} onHighlight={onHighlight}>
        <p className="muted">{i18n.t('gaps.holesHint')}</p>
        <ol>
          {structuralHoles.slice(0, SHOWN).map((hole) => (
            <li key={hole.actor.id}>
              <Button tone="link" onPress={() => onSelect(hole.actor.id)}>{hole.actor.name}</Button>
              <span className="muted"> · {i18n.t('gaps.effectiveSize', { size: i18n.number(Math.round(hole.effectiveSize * 10) / 10), partners: i18n.number(hole.partners) })}</span>
            </li>
          ))}
        </ol>
      </Section>
      <section aria-labelledby="gaps-mixing" className="gap-section">
        <h3 id="gaps-mixing">{i18n.t('gaps.mixing')} <Explained explanation={i18n.t('explain.mixing')}><span className="count">(?)</span></Explained></h3>
        {mixing.map((item) => <p key={item.by}>{say(item.reasons[0] ?? { fr: '', en: '' })}</p>)}
      </section>
      <section aria-labelledby="gaps-core" className="gap-section">
        <h3 id="gaps-core">{i18n.t('gaps.core')} <Explained explanation={i18n.t('explain.core')}><span className="count">(?)</span></Explained></h3>
        {cores.reasons.map((reason) => <p key={reason.fr}>{say(reason)}</p>)}
        {cores.maxCore > 1 && (
          <ToggleButton isSelected={minCore === cores.maxCore} onChange={() => onCore(minCore === cores.maxCore ? null : cores.maxCore)}>
            {i18n.t('gaps.coreKeep', { k: cores.maxCore })}
          </ToggleButton>
        )}
      </section>
    </>
  );
}
