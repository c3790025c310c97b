// What the pages expose to the end-to-end tests and the benchmarks, which read them through Playwright.
import type { Core } from 'cytoscape';
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The explorer's Cytoscape instance. */
    __maillageCy?: Core;
    /** The geographic layout's basemap (MapLibre), while it is shown. */
    __maillageMap?: MapLibreMap | undefined;
    /** The embed's Cytoscape instance. */
    __maillageEmbed?: Core;
  }
}
