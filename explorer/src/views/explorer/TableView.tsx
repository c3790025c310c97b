import { useState } from 'react';
import { degrees, type Selection } from '../../core/graph/filter.js';
import type { NetworkActor } from '../../core/graph/types.js';
import { useI18n } from '../common/I18n.js';
import { Button } from '../../ui/index.js';

type Column = 'name' | 'silo' | 'kind' | 'territory' | 'degree';
const COLUMNS: Column[] = ['name', 'silo', 'kind', 'territory', 'degree'];

interface Props {
  selection: Selection;
  onSelect(actorId: string): void;
}

/** The same selection as the picture, as an accessible table: sortable by keyboard, each name a button. */
export function TableView({ selection, onSelect }: Props) {
  const i18n = useI18n();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'name', ascending: true });
  const degree = degrees(selection);
  const cell: Record<Column, (actor: NetworkActor) => string | number> = {
    name: (actor) => actor.name,
    silo: (actor) => i18n.silo(actor.silo),
    kind: (actor) => i18n.kind(actor.kind),
    territory: (actor) => actor.territories[0]?.name ?? '',
    degree: (actor) => degree.get(actor.id) ?? 0,
  };
  const value = cell[sort.column];
  const rows = [...selection.actors].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), i18n.lang);
    return sort.ascending ? order : -order;
  });
  return (
    <div className="table-wrap">
      <table>
        <caption>{i18n.t('table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const label = i18n.t(`table.${column}`);
              const active = sort.column === column;
              return (
                <th key={column} scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                  <Button
                    tone="quiet"
                    small
                    className="sort"
                    aria-label={i18n.t('table.sortBy', { column: label })}
                    onPress={() => setSort({ column, ascending: active ? !sort.ascending : true })}
                  >
                    {label} {active ? (sort.ascending ? '▲' : '▼') : ''}
                  </Button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">
                <Button tone="link" onPress={() => onSelect(actor.id)}>{actor.name}</Button>
              </th>
              {COLUMNS.slice(1).map((column) => <td key={column}>{cell[column](actor)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
