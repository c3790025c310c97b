import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Three pages: the explorer, the GraphQL editor (GraphiQL, served locally) and the researchers' documentation.
    rollupOptions: { input: { main: 'index.html', graphiql: 'graphiql.html', docs: 'docs.html' } },
  },
});
