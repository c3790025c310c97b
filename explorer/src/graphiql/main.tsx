import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// GraphiQL served by Maillage itself (bundled by Vite, nothing from a CDN): `?query=` opens a query from the
// documentation page.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const query = new URLSearchParams(window.location.search).get('query') ?? undefined;
const WELCOME = `# Maillage — API GraphQL / GraphQL API
# Exemples : /docs.html · Examples: /docs.html · Schéma : bouton « Docs » · Schema: the "Docs" button
{
  networkStats { actors links crossSiloShare }
}
`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={WELCOME} {...(query ? { query } : {})} />
  </StrictMode>,
);
