import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Five pages — the explorer, the GraphQL editor (GraphiQL, served locally), the researchers' documentation, the
    // public self-declaration form, the embed (a template the API fills) — and the embed's web component at a stable URL.
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html', docs: 'docs.html', embed: 'embed.html', declare: 'declare.html', widget: 'src/embed/widget.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'widget' ? 'embed/widget.js' : 'assets/[name]-[hash].js') },
    },
  },
});
