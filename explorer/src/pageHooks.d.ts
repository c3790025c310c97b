// What the pages expose to the end-to-end tests and the benchmarks, which read them through Playwright.
import type { Core } from 'cytoscape';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DrawnName } from './core/graph/nameLayer.js';

declare global {
  interface Window {
    /** The explorer's Cytoscape instance. */
    __maillageCy?: Core;
    /** The geographic layout's basemap (MapLibre), while it is shown. */
    __maillageMap?: MapLibreMap | undefined;
    /** The names drawn over the network now (the explorer's or the embed's), with their boxes on screen. */
    __maillageNames?: () => DrawnName[];
    /** The embed's Cytoscape instance. */
    __maillageEmbed?: Core;
  }
}
