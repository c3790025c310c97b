// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gapReport } from '../../test/gaps.fixture.js';
import { renderIn } from '../../test/render.js';
import { GapsPanel } from './GapsPanel.js';

function renderPanel(lang: 'fr' | 'en', props: Partial<Parameters<typeof GapsPanel>[0]> = {}) {
  const handlers = { onHighlight: vi.fn(), onSelect: vi.fn(), onRetry: vi.fn(), onClose: vi.fn() };
  renderIn(lang, <GapsPanel report={gapReport} loading={false} error={null} active={null} {...handlers} {...props} />);
  return handlers;
}

describe('GapsPanel', () => {
  it('lists each kind of gap with its count and reasons', () => {
    renderPanel('fr');
    expect(screen.getByRole('heading', { name: 'Secteurs cloisonnés (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Acteurs isolés (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Acteurs cloisonnés dans leur silo (0)' })).toBeInTheDocument();
    expect(screen.getByText('Culture : aucun lien entre silos.')).toBeInTheDocument();
    expect(screen.getByText('1 besoins pourraient trouver une offre')).toBeInTheDocument();
    expect(screen.getByText('Indice E-I global : 1.')).toBeInTheDocument();
    const unmet = screen.getByRole('region', { name: 'Besoins sans offre sur le territoire (1)' });
    expect(within(unmet).getByText('Terres agricoles')).toBeInTheDocument();
    expect(within(unmet).getByRole('button', { name: 'Association des Écoles' })).toBeInTheDocument();
  });

  it('shows the silo matrix as a table, each cell with its links and density', () => {
    renderPanel('fr');
    const table = screen.getByRole('table', { name: /Liens entre silos/ });
    expect(within(table).getByTestId('heat-PUBLIC-POPULATION')).toHaveTextContent('1 (50 %)');
    expect(within(table).getByTestId('heat-PUBLIC-PUBLIC')).toHaveTextContent('0 (—)');
  });

  it('lights a gap up on the graph, and off again', async () => {
    const { onHighlight } = renderPanel('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Culture' }));
    expect(onHighlight).toHaveBeenLastCalledWith('sector:culture@');
    const isolated = screen.getByRole('region', { name: 'Acteurs isolés (1)' });
    await userEvent.click(within(isolated).getByRole('button', { name: 'Voir sur le réseau' }));
    expect(onHighlight).toHaveBeenLastCalledWith('isolated');
  });

  it('turns a lit gap off when picked again', async () => {
    const { onHighlight } = renderPanel('en', { active: 'isolated' });
    const isolated = screen.getByRole('region', { name: 'Isolated actors (1)' });
    const toggle = within(isolated).getByRole('button', { name: 'Show on the network' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(toggle);
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('opens an actor from a list', async () => {
    const { onSelect } = renderPanel('en');
    await userEvent.click(screen.getByRole('button', { name: 'Collectif Isolé' }));
    expect(onSelect).toHaveBeenCalledWith('lonely');
  });

  it('says what went wrong and offers to retry', async () => {
    const { onRetry } = renderPanel('fr', { report: null, error: 'délai dépassé' });
    expect(screen.getByRole('alert')).toHaveTextContent("Les manques n'ont pas pu être calculés : délai dépassé.");
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
