import { PLAIN_LINKS_FROM } from '@maillage/schema/vocabulary';

/**
 * Level of detail for large networks: drawing a dash pattern costs a canvas about twice a plain line, and at the
 * zoom that shows thousands of links at once no one can tell dashes from dots. Past PLAIN_LINKS_FROM links, below
 * PLAIN_LINKS_BELOW_ZOOM, every link is drawn plain; zoomed in, each shows its origin again.
 */
export { PLAIN_LINKS_FROM };
export const PLAIN_LINKS_BELOW_ZOOM = 0.5;

export function plainLinks(links: number, zoom: number): boolean {
  return links >= PLAIN_LINKS_FROM && zoom < PLAIN_LINKS_BELOW_ZOOM;
}
