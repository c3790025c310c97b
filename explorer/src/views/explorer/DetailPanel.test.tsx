// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../core/graph/filter.js';
import { communeDetails, fixture } from '../../test/network.fixture.js';
import { renderIn } from '../../test/render.js';
import { DetailPanel } from './DetailPanel.js';

const selection = applyFilters(fixture, DEFAULT_FILTERS);

describe('DetailPanel', () => {
  it('shows the public card and the links, and follows a link to the partner', async () => {
    const onSelect = vi.fn();
    const onFocus = vi.fn();
    renderIn('fr', <DetailPanel actor={fixture.actors[0]!} details={communeDetails} selection={selection} focus={null} onSelect={onSelect} onFocus={onFocus} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Commune de Bergerac' })).toBeInTheDocument();
    expect(screen.getByText('Coopérations (2)')).toBeInTheDocument();
    expect(screen.getByText('Bergerac (CA Bergeracoise)')).toBeInTheDocument();
    expect(screen.getByText('Salle de réunion')).toBeInTheDocument();
    expect(screen.getByText('Projet alimentaire territorial')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Site web' })).toHaveAttribute('href', 'https://www.example.org/');
    expect(screen.getByText(/Partenariat · depuis 1 janv\. 2015 · saisi par un animateur/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'SCIC Énergie' }));
    expect(onSelect).toHaveBeenCalledWith('scic');
    await userEvent.click(screen.getByRole('button', { name: 'Voisinage à 2 liens' }));
    expect(onFocus).toHaveBeenCalledWith(2);
  });

  it('says when an actor is isolated, and closes', async () => {
    const onClose = vi.fn();
    renderIn('en', <DetailPanel actor={fixture.actors[3]!} details={null} selection={selection} focus={{ actor: 'lonely', hops: 1 }} onSelect={vi.fn()} onFocus={vi.fn()} onClose={onClose} />);
    expect(screen.getByRole('button', { name: 'Direct neighbourhood' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('No known cooperation: an isolated actor.')).toBeInTheDocument();
    expect(screen.getByText('Fictional actor (demonstration data)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
