import { SILO_COLOURS, SILOS } from '@maillage/schema/vocabulary';
import type { MapData } from '../figures/map.js';
import { escapeHtml } from './escape.js';

const WIDTH = 900;

/**
 * Where the actors are: an equirectangular map (the latitude's cosine keeps distances true at this scale) with
 * the explorer's local frame of reference — a graticule every tenth of a degree — since no basemap is reachable
 * offline, one point per actor coloured by silo, and the main communes named.
 */
export function mapPicture(map: MapData, label: string): string {
  if (map.points.length === 0) return '';
  const longitudes = map.points.map((point) => point.longitude);
  const latitudes = map.points.map((point) => point.latitude);
  const margin = 0.03;
  const [west, east] = [Math.min(...longitudes) - margin, Math.max(...longitudes) + margin];
  const [south, north] = [Math.min(...latitudes) - margin, Math.max(...latitudes) + margin];
  const squeeze = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = WIDTH / ((east - west) * squeeze);
  const height = Math.max(200, Math.round((north - south) * scale));
  const x = (longitude: number): number => Math.round((longitude - west) * squeeze * scale * 10) / 10;
  const y = (latitude: number): number => Math.round((north - latitude) * scale * 10) / 10;
  const lines: string[] = [];
  for (let longitude = Math.ceil(west * 10) / 10; longitude <= east; longitude += 0.1) lines.push(`M${x(longitude)} 0V${height}`);
  for (let latitude = Math.ceil(south * 10) / 10; latitude <= north; latitude += 0.1) lines.push(`M0 ${y(latitude)}H${WIDTH}`);
  // Drawn silo by silo, so that the smaller silos end on top.
  const points = SILOS.map((silo) => {
    const dots = map.points.filter((point) => point.silo === silo).map((point) => `M${x(point.longitude) - 4} ${y(point.latitude)}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z`);
    return dots.length ? `<path d="${dots.join('')}" fill="${SILO_COLOURS[silo]}" fill-opacity="0.8" stroke="#ffffff" stroke-width="0.8"/>` : '';
  });
  // A light box behind each name (a stroked halo would print, and read, each name twice).
  const boxes = map.places.map((place) => `<rect x="${x(place.longitude) - place.name.length * 3.9 - 3}" y="${y(place.latitude) - 22}" width="${place.name.length * 7.8 + 6}" height="17" rx="3"/>`).join('');
  const places = map.places.map((place) =>
    `<text x="${x(place.longitude)}" y="${y(place.latitude) - 9}">${escapeHtml(place.name)}</text>`).join('');
  return [
    `<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#f3f1ea"/>`,
    `<path d="${lines.join('')}" stroke="#c9c5b8" stroke-width="1" fill="none"/>`,
    ...points,
    `<g fill="#f3f1ea" fill-opacity="0.85">${boxes}</g>`,
    `<g font-family="system-ui, 'Segoe UI', Roboto, sans-serif" font-size="13" font-weight="600" text-anchor="middle" fill="#1a1a1a">${places}</g>`,
    '</svg>',
  ].join('');
}
