import type { ReactNode } from 'react';
import { matchKey, sectorGapKey, whatIfKey, type GapKey } from '../../core/analytics/highlight.js';
import type { ActorGap, GapReport, WhatIf } from '../../core/analytics/types.js';
import { useI18n } from '../common/I18n.js';
import { SiloHeatmap } from './SiloHeatmap.js';
import { SidePanel } from '../common/SidePanel.js';
import { Button, ToggleButton } from '../../ui/index.js';
import { FragilitySections } from './FragilitySections.js';
import { ActorNames, Section, SHOWN, useSay } from './gapParts.js';
import { WhatIfSection } from './WhatIfSection.js';


interface Props {
  report: GapReport | null;
  loading: boolean;
  error: string | null;
  /** The gap lit up on the graph. */
  active: GapKey | null;
  onHighlight(key: GapKey | null): void;
  onSelect(actorId: string): void;
  onRetry(): void;
  onClose(): void;
  /** The what-if asked for (a `without:` gap key), as it comes. */
  whatIf: { result: WhatIf | null; loading: boolean; error: string | null } | null;
  minCore: number | null;
  onCore(k: number | null): void;
}

/** Names only: each actor's reason repeats its name and the section's criterion, said once above the list. */
function ActorList({ hint, gaps, total, onSelect }: { hint: string; gaps: ActorGap[]; total: number; onSelect(actorId: string): void }) {
  const i18n = useI18n();
  return (
    <>
      <p className="muted">{hint}</p>
      <ActorNames items={gaps} total={total} actorOf={(gap) => gap.actor} onSelect={onSelect}
        detail={(gap) => gap.partners > 0 && <span className="muted"> · {i18n.t('gaps.partners', { count: i18n.number(gap.partners), silo: i18n.silo(gap.actor.silo) })}</span>} />
    </>
  );
}

/** Where the selection does not cooperate yet, each gap with its reasons, ready to be lit up on the graph. */
export function GapsPanel({ report, loading, error, active, onHighlight, onSelect, onRetry, onClose, whatIf, minCore, onCore }: Props) {
  const i18n = useI18n();
  const say = useSay();
  let body: ReactNode;
  if (error) {
    body = (
      <div role="alert">
        <p>{i18n.t('gaps.error', { message: error })}</p>
        <Button onPress={onRetry}>{i18n.t('state.retry')}</Button>
      </div>
    );
  } else if (!report) {
    body = <p role="status">{loading ? i18n.t('gaps.loading') : ''}</p>;
  } else {
    const { siloMatrix, isolatedActors, siloedActors, sectorGaps, resourceMatches, brokers, coverage, fragility } = report;
    const pick = (key: GapKey) => () => onHighlight(active === key ? null : key);
    body = (
      <>
        {whatIf && <WhatIfSection {...whatIf} onSelect={onSelect} onClose={() => onHighlight(null)} onActors={(ids) => onHighlight(ids.length > 0 ? whatIfKey(ids) : null)} />}
        <p className="muted">{i18n.t('gaps.intro')}</p>
        <p className="coverage"><strong>{i18n.t('gaps.coverage')}</strong> · {say(coverage.note)}</p>
        <section aria-labelledby="gaps-matrix" className="gap-section">
          <h3 id="gaps-matrix">{i18n.t('gaps.matrix')}</h3>
          <SiloHeatmap matrix={siloMatrix} />
          {siloMatrix.reasons.map((reason) => <p key={reason.fr}>{say(reason)}</p>)}
        </section>
        <Section id="sectors" title={i18n.t('gaps.sectors')} count={sectorGaps.total} active={active} onHighlight={onHighlight}>
          <ul>
            {sectorGaps.gaps.slice(0, SHOWN).map((gap) => {
              const key = sectorGapKey(gap.sector.id, gap.territory?.id ?? null);
              return (
                <li key={key}>
                  <ToggleButton tone="link" isSelected={active === key} onChange={pick(key)}>
                    {i18n.lang === 'en' ? gap.sector.nameEn ?? gap.sector.name : gap.sector.name}
                    {gap.territory && ` · ${gap.territory.name}`}
                  </ToggleButton>
                  {gap.reasons.map((reason) => <p key={reason.fr} className="reason">{say(reason)}</p>)}
                </li>
              );
            })}
          </ul>
        </Section>
        <Section id="matches" title={i18n.t('gaps.matches')} count={resourceMatches.matchableNeeds} active={active} onHighlight={onHighlight}>
          <p className="muted">{i18n.t('gaps.matchesCount', { count: i18n.number(resourceMatches.matchableNeeds) })}</p>
          <ol>
            {resourceMatches.matches.map((match) => {
              const key = matchKey(match.offerer.id, match.needer.id);
              return (
                <li key={`${key}-${match.resource.id}`}>
                  <ToggleButton tone="link" isSelected={active === key} onChange={pick(key)}>
                    {match.offerer.name} ↔ {match.needer.name}
                  </ToggleButton>
                  <ul className="reasons">{match.reasons.map((reason) => <li key={reason.fr}>{say(reason)}</li>)}</ul>
                </li>
              );
            })}
          </ol>
        </Section>
        <Section id="unmet" title={i18n.t('gaps.unmet')} count={resourceMatches.unmetNeeds.length} active={active} onHighlight={onHighlight}>
          <p className="muted">{i18n.t('gaps.unmetHint')}</p>
          <ul>
            {resourceMatches.unmetNeeds.slice(0, SHOWN).map((need) => (
              <li key={need.resource.id}>
                <strong>{need.resource.name}</strong>{' · '}
                {need.needers.map((actor, i) => (
                  <span key={actor.id}>
                    {i > 0 && ', '}
                    <Button tone="link" onPress={() => onSelect(actor.id)}>{actor.name}</Button>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </Section>
        <Section id="isolated" title={i18n.t('gaps.isolated')} count={isolatedActors.total} gapKey="isolated" active={active} onHighlight={onHighlight}>
          <ActorList hint={i18n.t('gaps.isolatedHint')} gaps={isolatedActors.actors} total={isolatedActors.total} onSelect={onSelect} />
        </Section>
        <Section id="siloed" title={i18n.t('gaps.siloed')} count={siloedActors.total} gapKey="siloed" active={active} onHighlight={onHighlight}>
          <ActorList hint={i18n.t('gaps.siloedHint')} gaps={siloedActors.actors} total={siloedActors.total} onSelect={onSelect} />
        </Section>
        <Section id="brokers" title={i18n.t('gaps.brokers')} count={brokers.actors.length} gapKey="brokers" active={active} onHighlight={onHighlight} coverage={brokers.coverage}>
          <p className="muted">{say(brokers.methodNote)}</p>
          <ol>
            {brokers.actors.slice(0, SHOWN).map((broker) => (
              <li key={broker.actor.id}>
                <Button tone="link" onPress={() => onSelect(broker.actor.id)}>{broker.actor.name}</Button>
                <span className="muted"> · {say(broker.reasons[0] ?? { fr: '', en: '' })}</span>
              </li>
            ))}
          </ol>
          <h4>{i18n.t('gaps.bridges')} ({i18n.number(brokers.bridges.length)})</h4>
          <ul>
            {brokers.bridges.slice(0, SHOWN).map((bridge) => <li key={bridge.linkIds.join()}>{say(bridge.reasons[0] ?? { fr: '', en: '' })}</li>)}
          </ul>
        </Section>
        <FragilitySections fragility={fragility} active={active} minCore={minCore} onHighlight={onHighlight} onSelect={onSelect} onCore={onCore} />
      </>
    );
  }
  return (
    <SidePanel id="gaps-title" title={i18n.t('gaps.title')} closeLabel={i18n.t('gaps.close')} onClose={onClose} className="gaps">
      {body}
    </SidePanel>
  );
}
