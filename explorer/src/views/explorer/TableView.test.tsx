// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../core/graph/filter.js';
import { fixture } from '../../test/network.fixture.js';
import { renderIn } from '../../test/render.js';
import { TableView } from './TableView.js';

const names = (): string[] => screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('button')[0]!.textContent ?? '');

describe('TableView', () => {
  it('lists the selection, sorted by name, and sorts by another column from the keyboard', async () => {
    const onSelect = vi.fn();
    renderIn('fr', <TableView selection={applyFilters(fixture, DEFAULT_FILTERS)} onSelect={onSelect} />);
    expect(names()).toEqual(['Association des Écoles', 'Collectif Isolé', 'Commune de Bergerac', 'SCIC Énergie']);
    const degree = screen.getByRole('button', { name: 'Trier par Liens' });
    degree.focus();
    await userEvent.keyboard('{Enter}');
    expect(names()[0]).toBe('Collectif Isolé');
    expect(screen.getByRole('columnheader', { name: /Liens/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: /Liens/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: 'SCIC Énergie' }));
    expect(onSelect).toHaveBeenCalledWith('scic');
  });

  it('shows only the filtered actors', () => {
    renderIn('en', <TableView selection={applyFilters(fixture, { ...DEFAULT_FILTERS, silos: ['PUBLIC'] })} onSelect={vi.fn()} />);
    expect(names()).toEqual(['Commune de Bergerac']);
    expect(screen.getByRole('cell', { name: 'Local government' })).toBeInTheDocument();
  });
});
