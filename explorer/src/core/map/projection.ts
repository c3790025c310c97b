// The map and the network in step: actors sit at their Web Mercator coordinates (the projection of every web
// basemap) in world pixels at one reference zoom, so that the network's pan and zoom are the map's centre and zoom.

/** The reference zoom of the network's coordinates: at the scale of a territory, actors 1 km apart are ~60 px apart. */
export const WORLD_ZOOM = 11;
const TILE = 512; // MapLibre's world is 512 px wide at zoom 0
const WORLD = TILE * 2 ** WORLD_ZOOM;
const MAX_LATITUDE = 85.051129;

export interface Point {
  x: number;
  y: number;
}

export interface LngLat {
  longitude: number;
  latitude: number;
}

/** A place's position in the network's coordinates (x east, y south). */
export function project({ longitude, latitude }: LngLat): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * WORLD,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD,
  };
}

export function unproject({ x, y }: Point): LngLat {
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  return { longitude: (x / WORLD) * 360 - 180, latitude: (180 / Math.PI) * Math.atan(Math.sinh(n)) };
}

/** The network's viewport: Cytoscape's pan and zoom, and the size of its container. */
export interface Viewport {
  pan: Point;
  zoom: number;
  width: number;
  height: number;
}

/** The map view that shows what the network's viewport shows: the centre under the container's centre. */
export function mapViewFor({ pan, zoom, width, height }: Viewport): { center: [number, number]; zoom: number } {
  if (!(zoom > 0)) throw new Error(`mapViewFor: zoom must be positive (got ${zoom})`);
  const centre = unproject({ x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom });
  return { center: [centre.longitude, centre.latitude], zoom: WORLD_ZOOM + Math.log2(zoom) };
}
