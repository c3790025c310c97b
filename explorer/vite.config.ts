import { defineConfig } from 'vite';

export default defineConfig({
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
