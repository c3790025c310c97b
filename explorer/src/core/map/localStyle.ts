import type { StyleSpecification } from 'maplibre-gl';

/** The map's colours from the page's theme: the ground, the graticule's lines. */
export interface LocalStyleColours {
  ground: string;
  lines: string;
}

/** Lines every tenth of a degree over south-west France: a frame of reference when no basemap is reachable. */
function graticule(): { type: 'FeatureCollection'; features: { type: 'Feature'; properties: object; geometry: { type: 'LineString'; coordinates: number[][] } }[] } {
  const features: { type: 'Feature'; properties: object; geometry: { type: 'LineString'; coordinates: number[][] } }[] = [];
  for (let longitude = -2; longitude <= 2.5; longitude += 0.1) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[longitude, 43], [longitude, 46.5]] } });
  }
  for (let latitude = 43; latitude <= 46.5; latitude += 0.1) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[-2, latitude], [2.5, latitude]] } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The map's own style, drawn with no network at all: the ground and a graticule. Used when no style is configured
 * (`MAP_STYLE_URL`) or when the configured one cannot be reached; the page says which.
 */
export function localStyle(colours: LocalStyleColours): StyleSpecification {
  return {
    version: 8,
    sources: { graticule: { type: 'geojson', data: graticule() } },
    layers: [
      { id: 'ground', type: 'background', paint: { 'background-color': colours.ground } },
      { id: 'graticule', type: 'line', source: 'graticule', paint: { 'line-color': colours.lines, 'line-width': 1, 'line-opacity': 0.6 } },
    ],
  };
}
