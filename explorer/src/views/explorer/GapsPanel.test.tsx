// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gapReport } from '../../test/gaps.fixture.js';
import { renderIn } from '../../test/render.js';
import { GapsPanel } from './GapsPanel.js';

function renderPanel(lang: 'fr' | 'en', props: Partial<Parameters<typeof GapsPanel>[0]> = {}) {
  const handlers = { onHighlight: vi.fn(), onSelect: vi.fn(), onRetry: vi.fn(), onClose: vi.fn(), onCore: vi.fn() };
  renderIn(lang, <GapsPanel report={gapReport} loading={false} error={null} active={null} whatIf={null} minCore={null} {...handlers} {...props} />);
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

  it('says how far to trust the figures, and marks the sensitive ones indicative with the reason', () => {
    renderPanel('fr');
    expect(screen.getByText(/Couverture : 50 % des acteurs/)).toBeInTheDocument();
    const brokers = screen.getByRole('region', { name: 'Passeurs et ponts (1)' });
    expect(within(brokers).getByText('Indicatif')).toBeInTheDocument();
    expect(within(brokers).getByText(/Seuls 50 % des acteurs/)).toBeInTheDocument();
    const fragile = screen.getByRole('region', { name: 'Points de fragilité (1)' });
    expect(within(fragile).getByText('Indicatif')).toBeInTheDocument();
  });

  it('lists the cut points, each with its what-if, and the core to keep', async () => {
    const handlers = renderPanel('en');
    const fragile = screen.getByRole('region', { name: 'Fragile points (1)' });
    expect(within(fragile).getByText(/would cut off 1/)).toBeInTheDocument();
    await userEvent.click(within(fragile).getByRole('button', { name: 'What if…? Commune de Bergerac left' }));
    expect(handlers.onHighlight).toHaveBeenCalledWith('without:commune');
    expect(screen.getByRole('region', { name: 'Structural holes (1)' })).toBeInTheDocument();
    expect(screen.getByText('By silo: 0% of the links stay among alike actors.')).toBeInTheDocument();
  });

  it('shows a what-if: its figures before and after, who is cut off, who would take over', () => {
    const actor = { id: 'scic', name: 'SCIC Énergie', silo: 'PRIVATE' as const, kind: 'COOPERATIVE' as const };
    const commune = { id: 'commune', name: 'Commune de Bergerac', silo: 'PUBLIC' as const, kind: 'COLLECTIVITE' as const };
    const text = (fr: string, en: string) => ({ fr, en });
    renderPanel('fr', {
      active: 'without:commune',
      whatIf: {
        loading: false, error: null,
        result: {
          removed: [commune], cutOff: [actor], lostLinkIds: ['l1', 'l2'], lostCrossSiloLinks: 2,
          before: { components: 2, largestComponent: 3, crossSiloLinks: 2, eiIndex: 1 },
          after: { components: 3, largestComponent: 1, crossSiloLinks: 0, eiIndex: null },
          siloAccessLost: [{ actor, silo: 'PUBLIC', reasons: [text('SCIC Énergie perdrait son seul partenaire du silo Public.', 'x')] }],
          risers: [], reasons: [text('Sans Commune de Bergerac, 1 acteur serait coupé du reste du réseau.', 'x')],
          coverage: { indicative: false, note: text('Couverture : 50 %.', 'Coverage: 50%.') },
        },
      },
    });
    const section = screen.getByRole('region', { name: 'Et si Commune de Bergerac partait ?' });
    expect(within(section).getByText('Sans Commune de Bergerac, 1 acteur serait coupé du reste du réseau.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'SCIC Énergie' })).toBeInTheDocument();
    expect(within(section).getByText('SCIC Énergie perdrait son seul partenaire du silo Public.')).toBeInTheDocument();
    expect(within(section).getByText('3 → 1')).toBeInTheDocument();
  });
});
