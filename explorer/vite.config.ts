import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // The shared packages' TypeScript sources (their `maillage:source` exports).
  resolve: { conditions: ['maillage:source', ...defaultClientConditions] },
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Eight pages — the explorer, the GraphQL editor (GraphiQL, served locally), the researchers' documentation, the
    // public self-declaration form, the embed (a template the API fills), and the workshops' three: the participants'
    // phones (atelier), the projector, the facilitators' desk (animation). The embed's web component is built apart,
    // in one file (vite.widget.config.ts): other sites load it, so it may import no chunk.
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html', docs: 'docs.html', embed: 'embed.html', declare: 'declare.html', atelier: 'atelier.html', projecteur: 'projecteur.html', animation: 'animation.html' },
    },
  },
});
