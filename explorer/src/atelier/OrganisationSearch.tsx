import { SILO_COLOURS, type Silo } from '@maillage/schema/vocabulary';
import { useEffect, useId, useState } from 'react';
import type { Translator } from '../core/i18n/catalogue.js';
import { Button } from '../ui/index.js';

export interface Found {
  id: string;
  name: string;
  silo?: Silo | null;
  commune?: string | null;
  /** Shown after the name (proposed in the workshop, same commune). */
  badge?: string | null;
}

interface Props {
  i18n: Translator;
  label: string;
  search(text: string): Promise<Found[]>;
  pick(found: Found): void;
  pickLabel: string;
  initial?: string;
}

/** Search as one types (two letters on), each result a button: by touch, mouse or keyboard alike. */
export function OrganisationSearch({ i18n, label, search, pick, pickLabel, initial = '' }: Props) {
  const [text, setText] = useState(initial);
  const [results, setResults] = useState<Found[] | null>(null);
  const id = useId();
  useEffect(() => {
    if (text.trim().length < 2) return setResults(null);
    let current = true;
    const timer = setTimeout(() => void search(text).then((found) => current && setResults(found), () => current && setResults([])), 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, search]);
  return (
    <div className="org-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} aria-describedby={`${id}-results`} />
      <div id={`${id}-results`} aria-live="polite">
        {results?.length === 0 && <p className="muted">{i18n.t('workshop.searchNone')}</p>}
        {results && results.length > 0 && (
          <ul className="org-results">
            {results.map((found) => (
              <li key={found.id}>
                <span className="swatch" aria-hidden="true" style={{ background: found.silo ? SILO_COLOURS[found.silo] : 'transparent' }} />
                <span className="org-name">
                  {found.name}
                  <small>{[found.silo ? i18n.silo(found.silo) : null, found.commune, found.badge].filter(Boolean).join(' · ')}</small>
                </span>
                <Button small onPress={() => pick(found)} aria-label={`${pickLabel} : ${found.name}`}>{pickLabel}</Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
