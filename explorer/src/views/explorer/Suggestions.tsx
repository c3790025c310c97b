import { SILO_COLOURS } from '@maillage/schema/vocabulary';
import type { LinkSuggestion } from '../../core/analytics/types.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';

interface Props {
  suggestions: LinkSuggestion[] | null;
  loading: boolean;
  onSelect(actorId: string): void;
}

/** Cooperations to propose to the selected actor, each with the reasons the analytics give. */
export function Suggestions({ suggestions, loading, onSelect }: Props) {
  const i18n = useI18n();
  return (
    <section aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{i18n.t('detail.suggestions')}</h3>
      {!suggestions ? (
        <p className="muted" role="status">{loading ? i18n.t('detail.suggestionsLoading') : ''}</p>
      ) : suggestions.length === 0 ? (
        <p className="muted">{i18n.t('detail.noSuggestions')}</p>
      ) : (
        <ol className="suggested">
          {suggestions.map((suggestion) => (
            <li key={suggestion.actor.id}>
              <span className="swatch" style={{ background: SILO_COLOURS[suggestion.actor.silo] }} aria-hidden="true" />
              <Button tone="link" onPress={() => onSelect(suggestion.actor.id)}>{suggestion.actor.name}</Button>
              <span className="muted"> · {i18n.silo(suggestion.actor.silo)}</span>
              <ul className="reasons">{suggestion.reasons.map((reason) => <li key={reason.fr}>{reason[i18n.lang]}</li>)}</ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
