import { localStyle, type LocalStyleColours } from './localStyle.js';
import { mapViewFor, type Viewport } from './projection.js';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Which basemap is drawn: the configured one, the local one (none configured), or the local one instead. */
export type BasemapState = 'remote' | 'local' | 'unreachable';

export interface Basemap {
  /** Shows what the network's viewport shows (call at each of its changes). */
  follow(viewport: Viewport): void;
  remove(): void;
  map: MapLibreMap;
}

/** Which basemap the server says to draw; null when none is configured or the answer does not come. */
export async function configuredStyle(): Promise<string | null> {
  try {
    const response = await fetch('/map/config.json');
    if (!response.ok) return null;
    const { styleUrl } = (await response.json()) as { styleUrl: string | null };
    return styleUrl;
  } catch {
    return null;
  }
}

/**
 * A MapLibre basemap under the network, which the network drives (the map takes no input of its own): the explorer's
 * and the embeds'. MapLibre is loaded on first use, apart from the page's own script.
 */
export async function createBasemap(container: HTMLElement, colours: LocalStyleColours, onState: (state: BasemapState) => void): Promise<Basemap> {
  const [{ Map: MapLibre }, styleUrl] = await Promise.all([import('maplibre-gl'), configuredStyle(), import('maplibre-gl/dist/maplibre-gl.css')]);
  const local = localStyle(colours);
  const map = new MapLibre({ container, style: styleUrl ?? local, interactive: false, attributionControl: { compact: true }, fadeDuration: 0 });
  onState(styleUrl ? 'remote' : 'local');
  // A style that cannot be reached (no network, a wrong URL) gives way to the local one, and the page says so.
  map.once('error', () => {
    if (!styleUrl) return;
    map.setStyle(local);
    onState('unreachable');
  });
  map.on('idle', () => performance.mark('maillage:map-idle'));
  return {
    map,
    follow(viewport) {
      map.resize();
      map.jumpTo(mapViewFor(viewport));
    },
    remove: () => map.remove(),
  };
}
