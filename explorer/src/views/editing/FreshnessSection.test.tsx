// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FRESHNESS } from '../../core/editing/queries.js';
import { renderIn } from '../../test/render.js';
import { FreshnessSection } from './FreshnessSection.js';

const actor = (id: string, name: string, updatedAt: string | null = null) => ({ __typename: 'FreshnessActor', id, name, ...(updatedAt === null ? {} : { updatedAt }) });
const list = <T,>(typename: string, total: number, items: T[]) => ({ __typename: typename, total, items });

const DESK = {
  freshness: {
    __typename: 'FreshnessDesk',
    coverageMonths: 12,
    needDays: 30,
    staleActors: list('FreshnessStaleActors', 3, [
      { __typename: 'FreshnessStaleActor', actor: actor('vieux', 'Vieux club', '2023-01-05T08:00:00.000Z'), lastChangedBy: 'anne@example.org', lastChangedAt: '2023-01-05T08:00:00.000Z' },
      { __typename: 'FreshnessStaleActor', actor: actor('oublie', 'Club oublié', '2022-03-01T00:00:00.000Z'), lastChangedBy: null, lastChangedAt: null },
    ]),
    unofferedNeeds: list('FreshnessNeeds', 1, [
      { __typename: 'FreshnessNeed', actor: { __typename: 'FreshnessActor', id: 'fournil', name: 'Fournil' }, resource: { __typename: 'FreshnessResource', id: 'four', name: 'Four à pain' }, since: '2025-05-01', days: 45 },
    ]),
    isolatedActors: list('FreshnessIsolatedActors', 0, []),
    cutPoints: list('FreshnessCutPoints', 1, [{ __typename: 'FreshnessCutPoint', actor: { __typename: 'FreshnessActor', id: 'pivot', name: 'Pivot' }, cutOff: 4 }]),
  },
};

describe('FreshnessSection', () => {
  it('shows the four lists with their counts, who last changed a record, and opens an actor by its name', async () => {
    const onSelect = vi.fn();
    renderIn('fr', (
      <MockedProvider mocks={[{ request: { query: FRESHNESS }, result: { data: DESK } }]}>
        <FreshnessSection onSelect={onSelect} />
      </MockedProvider>
    ));
    const section = await screen.findByRole('region', { name: 'À revoir' });
    const stale = await within(section).findByRole('list', { name: 'Fiches non revues depuis 12 mois (3)' });
    expect(stale).toHaveTextContent('modifiée le 5 janv. 2023 par anne@example.org');
    expect(stale).toHaveTextContent('inchangée depuis le 1 mars 2022, rien au journal');
    expect(within(section).getByText('et 1 de plus (voir les flux)')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Besoins sans offre depuis plus de 30 jours (1)' })).toHaveTextContent('recherche « Four à pain » depuis 45 jours');
    expect(within(section).getByRole('heading', { name: 'Acteurs isolés (0)' })).toBeInTheDocument();
    expect(within(section).getByText('Rien à signaler.')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Points de fragilité (1)' })).toHaveTextContent('acteurs coupés du réseau sans lui : 4');
    expect(within(section).getByRole('link', { name: '/feeds/freshness.atom' })).toHaveAttribute('href', '/feeds/freshness.atom');
    expect(within(section).getByText(/demandent votre jeton de connexion/)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Vieux club' }));
    expect(onSelect).toHaveBeenCalledWith('vieux');
  });

  it('speaks English too', async () => {
    renderIn('en', (
      <MockedProvider mocks={[{ request: { query: FRESHNESS }, result: { data: DESK } }]}>
        <FreshnessSection onSelect={vi.fn()} />
      </MockedProvider>
    ));
    const section = await screen.findByRole('region', { name: 'Needs a look' });
    expect(await within(section).findByRole('heading', { name: 'Records not reviewed for 12 months (3)' })).toBeInTheDocument();
    expect(within(section).getByText('changed on 5 Jan 2023 by anne@example.org')).toBeInTheDocument();
  });
});
