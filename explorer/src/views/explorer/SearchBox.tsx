import { useId, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../core/graph/filter.js';
import type { NetworkActor } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';

interface Props {
  actors: NetworkActor[];
  onPick(actorId: string): void;
}

/** A combobox (WAI-ARIA pattern): type, move with the arrow keys, Enter picks, Escape closes. */
export function SearchBox({ actors, onPick }: Props) {
  const i18n = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const matches = searchActors(actors, text);
  const open = text.trim().length > 0;
  const pick = (actor: NetworkActor | undefined): void => {
    if (!actor) return;
    onPick(actor.id);
    setText('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') pick(matches[active]);
    else if (event.key === 'Escape') setText('');
    else return;
    event.preventDefault();
  };
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">{i18n.t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && matches[active] ? `${id}-${matches[active].id}` : undefined}
        aria-autocomplete="list"
        placeholder={i18n.t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="suggestions">
          {matches.length === 0 && <li className="none">{i18n.t('search.none')}</li>}
          {matches.map((actor, index) => (
            <li
              key={actor.id}
              id={`${id}-${actor.id}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(actor);
              }}
            >
              {actor.name} <span className="muted">· {i18n.silo(actor.silo)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
