// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS, facetCounts, territoryTree, type Filters } from '../../core/graph/filter.js';
import { fixture } from '../../test/network.fixture.js';
import { optionsOf, pick } from '../../test/pick.js';
import { renderIn } from '../../test/render.js';
import { FilterPanel } from './FilterPanel.js';

function renderPanel(filters: Filters, lang: 'fr' | 'en' = 'fr') {
  const onChange = vi.fn();
  renderIn(lang, <FilterPanel filters={filters} counts={facetCounts(fixture, filters)} sectors={fixture.sectors}
    territories={territoryTree(fixture)} years={{ first: 2015, last: 2026 }} onChange={onChange} onClose={vi.fn()} />);
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
    expect(await optionsOf(/Territoire/)).toEqual([
      'Tout le territoire', 'CA Bergeracoise (0)', 'Bergerac (0)', 'CC de Portes Sud Périgord (2)', 'Eymet (2)',
    ]);
    await pick(/Territoire/, /^CC de Portes Sud Périgord/);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, silos: ['POPULATION'], territory: 'epci:200040889' });
    expect(await optionsOf(/Secteur/)).toEqual(['Tous les secteurs', 'Alimentation (1)', 'Agriculture (0)', 'Culture (1)']);
  });

  it('filters link kinds, cross-silo links and partners, and resets everything', async () => {
    const onChange = renderPanel({ ...DEFAULT_FILTERS, asOf: '2022-01-01' }, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Kinds of links' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Funding/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ linkKinds: expect.not.arrayContaining(['FUNDING']) }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only links across silos' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ crossSiloOnly: true }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Also show their partners' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ partners: true }));
    expect(screen.getByRole('group', { name: 'Links active on' })).toHaveTextContent('01/01/2022');
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
