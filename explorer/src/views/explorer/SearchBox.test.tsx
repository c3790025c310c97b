// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from '../../test/network.fixture.js';
import { renderIn } from '../../test/render.js';
import { SearchBox } from './SearchBox.js';

describe('SearchBox', () => {
  it('suggests actors as you type and picks one with the keyboard', async () => {
    const onPick = vi.fn();
    renderIn('fr', <SearchBox actors={fixture.actors} onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Rechercher un acteur' });
    await userEvent.type(input, 'co');
    const options = screen.getAllByRole('option');
    // Accents aside ("Écoles" matches "co"), shortest names first.
    expect(options.map((option) => option.textContent)).toEqual(['Collectif Isolé · Population', 'Commune de Bergerac · Public', 'Association des Écoles · Population']);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith('commune');
    expect(input).toHaveValue('');
  });

  it('says when nothing matches', async () => {
    renderIn('en', <SearchBox actors={fixture.actors} onPick={vi.fn()} />);
    await userEvent.type(screen.getByRole('combobox'), 'zzz');
    expect(screen.getByText('No actor found')).toBeInTheDocument();
  });
});
