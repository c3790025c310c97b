// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../../core/graph/filter.js';
import { renderIn } from '../../test/render.js';
import { FilterPanel } from './FilterPanel.js';

describe('FilterPanel', () => {
  it('shows each silo with its count and toggles it from the keyboard', async () => {
    const onChange = vi.fn();
    renderIn('fr', <FilterPanel filters={DEFAULT_FILTERS} counts={{ PUBLIC: 35, PRIVATE: 60, POPULATION: 58 }} onChange={onChange} />);
    const privateBox = screen.getByRole('checkbox', { name: /Privé \(60\)/ });
    expect(privateBox).toBeChecked();
    privateBox.focus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith({ silos: ['PUBLIC', 'POPULATION'], date: null });
  });

  it('sets and clears the date of active links', async () => {
    const onChange = vi.fn();
    renderIn('en', <FilterPanel filters={{ ...DEFAULT_FILTERS, date: '2022-01-01' }} counts={{ PUBLIC: 1, PRIVATE: 1, POPULATION: 1 }} onChange={onChange} />);
    const date = screen.getByLabelText('Links active on');
    expect(date).toHaveValue('2022-01-01');
    await userEvent.clear(date);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, date: null });
  });
});
