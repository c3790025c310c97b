import { defaultClientConditions, defineConfig } from 'vite';

// The embed's web component at a stable URL (/embed/widget.js), one self-contained module: a collectivity's page
// loads it from another origin, so it imports no chunk of the explorer's.
export default defineConfig({
  // The shared packages' TypeScript sources (their `maillage:source` exports).
  resolve: { conditions: ['maillage:source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/embed/widget.ts', formats: ['es'], fileName: () => 'embed/widget.js' },
  },
});
