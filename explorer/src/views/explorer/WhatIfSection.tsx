import type { WhatIf } from '../../core/analytics/types.js';
import { Button } from '../../ui/index.js';
import { useI18n } from '../common/I18n.js';
import { ActorNames, Indicative, useSay } from './gapParts.js';

interface Props {
  result: WhatIf | null;
  loading: boolean;
  error: string | null;
  onSelect(actorId: string): void;
  onClose(): void;
  /** The what-if again with these actors (one taken out). */
  onActors(actorIds: string[]): void;
}

/** What the selection would lose if some actors left: in figures, in names, and on the network beside it. */
export function WhatIfSection({ result, loading, error, onSelect, onClose, onActors }: Props) {
  const i18n = useI18n();
  const say = useSay();
  const close = <Button small onPress={onClose}>{i18n.t('gaps.whatIfClose')}</Button>;
  if (error) return <section className="gap-section what-if" role="alert"><p>{i18n.t('gaps.error', { message: error })}</p>{close}</section>;
  if (!result) return <section className="gap-section what-if"><p role="status">{loading ? i18n.t('gaps.whatIfLoading') : ''}</p></section>;
  const names = result.removed.map((actor) => actor.name).join(', ');
  const ei = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : i18n.number(Math.round(value * 100) / 100));
  return (
    <section aria-labelledby="gaps-what-if" className="gap-section what-if">
      <h3 id="gaps-what-if">{i18n.t(result.removed.length > 1 ? 'gaps.whatIfMany' : 'gaps.whatIf', { names })}</h3>
      {result.removed.length > 1 && (
        <ul className="chips" aria-label={i18n.t('gaps.whatIfLeaving')}>
          {result.removed.map((actor) => (
            <li key={actor.id}>
              {actor.name}{' '}
              <Button small onPress={() => onActors(result.removed.filter((other) => other.id !== actor.id).map((other) => other.id))}>
                {i18n.t('gaps.whatIfKeep')}<span className="visually-hidden"> {actor.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Indicative coverage={result.coverage} />
      {result.reasons.map((reason) => <p key={reason.fr}>{say(reason)}</p>)}
      <dl className="before-after">
        <dt>{i18n.t('gaps.whatIfPieces')}</dt>
        <dd>{i18n.number(result.before.largestComponent)} → {i18n.number(result.after.largestComponent)}</dd>
        <dt>{i18n.t('gaps.whatIfCross')}</dt>
        <dd>{i18n.number(result.before.crossSiloLinks)} → {i18n.number(result.after.crossSiloLinks)}</dd>
        <dt>{i18n.t('gaps.whatIfEi')}</dt>
        <dd>{ei(result.before.eiIndex)} → {ei(result.after.eiIndex)}</dd>
      </dl>
      {result.cutOff.length > 0 && <><h4>{i18n.t('gaps.whatIfCutOff')} ({i18n.number(result.cutOff.length)})</h4><ActorNames items={result.cutOff} actorOf={(actor) => actor} onSelect={onSelect} /></>}
      {result.siloAccessLost.length > 0 && (
        <>
          <h4>{i18n.t('gaps.whatIfSilo')}</h4>
          <ul>{result.siloAccessLost.map((loss) => <li key={`${loss.actor.id}-${loss.silo}`}>{say(loss.reasons[0] ?? { fr: '', en: '' })}</li>)}</ul>
        </>
      )}
      {result.risers.length > 0 && (
        <>
          <h4>{i18n.t('gaps.whatIfRisers')}</h4>
          <ol>{result.risers.map((riser) => (
            <li key={riser.actor.id}>
              <Button tone="link" onPress={() => onSelect(riser.actor.id)}>{riser.actor.name}</Button>
              <span className="muted"> · {say(riser.reasons[0] ?? { fr: '', en: '' })}</span>
            </li>
          ))}</ol>
        </>
      )}
      <p className="muted">{i18n.t('gaps.whatIfLegend')} {i18n.t('gaps.whatIfAddHint')}</p>
      {close}
    </section>
  );
}
