import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerPage } from './views/explorer/ExplorerPage.js';
import { authorizedFetch, SessionProvider } from './views/session/SessionContext.js';
import { applyTheme } from './ui/index.js';
import './styles.css';

const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql', fetch: authorizedFetch }), cache: new InMemoryCache() });

applyTheme();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider>
        <ExplorerPage />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
