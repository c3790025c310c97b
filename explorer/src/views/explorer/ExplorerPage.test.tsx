// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NETWORK_QUERY } from '../../core/graph/query.js';
import { ExplorerPage } from './ExplorerPage.js';

// The page's states around the network query; the graph itself is tested in Chromium (explorer/e2e).
afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

function renderWith(result: { result?: { data: unknown }; error?: Error }) {
  render(
    <MockedProvider mocks={[{ request: { query: NETWORK_QUERY }, ...result }]}>
      <ExplorerPage />
    </MockedProvider>,
  );
}

describe('ExplorerPage', () => {
  it('says it is loading, then what went wrong and how to retry', async () => {
    renderWith({ error: new Error('connexion refusée') });
    expect(screen.getByRole('status')).toHaveTextContent('Chargement du réseau…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/connexion refusée.*Vérifiez que l'API répond/);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('says how to fill an empty graph, in the language of the URL', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    renderWith({ result: { data: { network: { actors: [], links: [], sectors: [], territories: [], layout: null } } } });
    expect(await screen.findByText(/The graph holds no actor yet.*npm run seed/)).toBeInTheDocument();
  });
});
