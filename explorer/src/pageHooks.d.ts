// What the pages expose to the end-to-end tests and the benchmarks, which read them through Playwright.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The explorer's Cytoscape instance. */
    __maillageCy?: Core;
    /** The embed's Cytoscape instance. */
    __maillageEmbed?: Core;
  }
}
