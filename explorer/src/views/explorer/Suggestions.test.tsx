// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../test/render.js';
import { Suggestions } from './Suggestions.js';

describe('Suggestions', () => {
  it('lists cooperations to propose with their reasons, in the language shown', async () => {
    const onSelect = vi.fn();
    renderIn('en', <Suggestions loading={false} onSelect={onSelect} suggestions={[{
      actor: { id: 'asso', name: 'Association des Écoles', silo: 'POPULATION', kind: 'ASSOCIATION' },
      score: 2.5,
      reasons: [{ fr: 'Même commune : Bergerac.', en: 'Same commune: Bergerac.' }],
    }]} />);
    expect(screen.getByRole('heading', { name: 'Cooperations to propose' })).toBeInTheDocument();
    expect(screen.getByText('Same commune: Bergerac.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Association des Écoles' }));
    expect(onSelect).toHaveBeenCalledWith('asso');
  });

  it('says when it is computing, and when there is nothing to propose', () => {
    renderIn('fr', <Suggestions loading suggestions={null} onSelect={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Calcul des suggestions…');
    renderIn('fr', <Suggestions loading={false} suggestions={[]} onSelect={vi.fn()} />);
    expect(screen.getByText('Aucune suggestion pour cet acteur dans cette sélection.')).toBeInTheDocument();
  });
});
