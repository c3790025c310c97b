import { Router } from 'express';

/** The basemap the explorer and the embeds draw under the geographic layout: configuration, read by the browser. */
export interface MapConfig {
  /** A MapLibre style URL, or null: the browser then draws its local style. */
  styleUrl: string | null;
}

/** `GET /map/config.json`: which basemap to draw. Public (it names a public style), cached for a few minutes. */
export function mapRoutes(config: MapConfig): Router {
  const router = Router();
  router.get('/map/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(config);
  });
  return router;
}

/** The origins a page must let the browser reach for the basemap (its style, tiles, glyphs and sprites). */
export function mapOrigins(styleUrl: string | null): string[] {
  return styleUrl ? [new URL(styleUrl).origin] : [];
}
