// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, facetCounts, territoryTree, type Filters } from '../../core/graph/filter.js';
import { fixture } from '../../test/network.fixture.js';
import { renderIn } from '../../test/render.js';
import { FilterPanel } from './FilterPanel.js';

function renderPanel(filters: Filters, lang: 'fr' | 'en' = 'fr') {
  const onChange = vi.fn();
  renderIn(lang, <FilterPanel filters={filters} counts={facetCounts(fixture, filters)} sectors={fixture.sectors}
    territories={territoryTree(fixture)} years={{ first: 2015, last: 2026 }} onChange={onChange} />);
  return onChange;
}

describe('FilterPanel', () => {
  it('shows each silo with its live count and toggles it from the keyboard', async () => {
    const onChange = renderPanel(DEFAULT_FILTERS);
    const population = screen.getByRole('checkbox', { name: /Population \(2\)/ });
    expect(population).toBeChecked();
    population.focus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_FILTERS, silos: ['PUBLIC', 'PRIVATE'] });
  });

  it('offers the EPCIs with their communes, and the sectors with their sub-sectors, with counts', async () => {
    const onChange = renderPanel({ ...DEFAULT_FILTERS, silos: ['POPULATION'] });
    const territory = screen.getByRole('combobox', { name: 'Territoire' });
    expect(within(territory).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tout le territoire', 'CA Bergeracoise (0)', '\u00a0\u00a0— Bergerac (0)', 'CC de Portes Sud Périgord (2)', '\u00a0\u00a0— Eymet (2)',
    ]);
    await userEvent.selectOptions(territory, 'epci:200040889');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, silos: ['POPULATION'], territory: 'epci:200040889' });
    const sector = screen.getByRole('combobox', { name: 'Secteur' });
    expect(within(sector).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tous les secteurs', 'Alimentation (1)', '\u00a0\u00a0— Agriculture (0)', 'Culture (1)',
    ]);
  });

  it('filters link kinds, cross-silo links and partners, and resets everything', async () => {
    const onChange = renderPanel({ ...DEFAULT_FILTERS, asOf: '2022-01-01' }, 'en');
    await userEvent.click(screen.getByText('Kinds of links', { selector: 'summary' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Funding/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ linkKinds: expect.not.arrayContaining(['FUNDING']) }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only links across silos' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ crossSiloOnly: true }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Also show their partners' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ partners: true }));
    expect(screen.getByLabelText('Links active on')).toHaveValue('2022-01-01');
    const slider = screen.getByRole('slider', { name: 'Year (at its end)' });
    expect(slider).toHaveAttribute('aria-valuetext', '2022');
    // jsdom has no keyboard behaviour for range inputs: the change is what the panel handles.
    fireEvent.change(slider, { target: { value: '2023' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: '2023-12-31' }));
    fireEvent.change(slider, { target: { value: '2014' } }); // the leftmost notch
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: null }));
    await userEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_FILTERS);
  });
});
