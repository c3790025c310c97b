import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Driver } from 'neo4j-driver';
import type { AnalyticsService } from '../analytics/index.js';
import { AnalyticsInputError } from '../analytics/engine/errors.js';
import { AnalyticsBusyError, AnalyticsTimeoutError } from '../analytics/engine/workerEngine.js';
import { ERROR_MESSAGES } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { embedNetwork } from './data.js';
import { embedContent, escapeHtml, fillTemplate, type EmbedTheme } from './html.js';
import { writeNetworkFilter } from '@maillage/schema/network-filter';
import { embedQuery, EmbedParamsError, parseEmbedParams, type EmbedOptions } from './params.js';

export interface EmbedRouteOptions {
  analytics: AnalyticsService;
  driver: Driver;
  database: string;
  /** The explorer's Vite build, which holds the embed's page template and script. */
  dist: string;
  /** Sites allowed to frame an embed (`frame-ancestors`); `*` for any. */
  frameAncestors: string[];
  /** Requests per minute and client on the embed routes. */
  rateLimit: number;
  /** Where the basemap comes from (its style's origin), which the page's policy lets the browser reach. */
  mapOrigins?: string[];
  logger: Logger;
  /** Serves kept answers (after the rate limit: a client's requests count, kept or not). */
  cache?: RequestHandler;
}

/** Only embeds may be framed, by the sites allowed; the rest of the application says so in its headers too. */
export function framingPolicy(frameAncestors: string[]): string {
  return `frame-ancestors 'self' ${frameAncestors.join(' ')}`.trim();
}

function embedHeaders(res: Response, frameAncestors: string[], mapOrigins: string[]): void {
  // The application refuses framing everywhere; an embed is the one page made to be framed. The map's library
  // runs its tile work in a worker made from a blob, and reaches the configured basemap's origin.
  res.removeHeader('X-Frame-Options');
  const map = mapOrigins.join(' ');
  res.setHeader('Content-Security-Policy', [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", `img-src 'self' data: blob: ${map}`.trim(),
    `connect-src 'self' ${map}`.trim(), "worker-src 'self' blob:", "base-uri 'none'", "form-action 'none'", framingPolicy(frameAncestors),
  ].join('; '));
  // Public, read-only and the same for everyone: caches may keep it a minute. No cookie is ever set here.
  res.setHeader('Cache-Control', 'public, max-age=60');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

function page(res: Response, status: number, template: string, content: { title: string; lang: string; body: string }, theme: EmbedTheme): void {
  res.status(status).type('html').send(fillTemplate(template, content, theme));
}

function explorerUrl(options: EmbedOptions): string {
  const params = writeNetworkFilter(options.filter);
  if (options.lang === 'en') params.set('lang', 'en');
  const text = params.toString();
  return `/${text ? `?${text}` : ''}`;
}

/**
 * `/embed`: a read-only view of the network for a collectivity's site, configured by its URL; `/embed/widget.js`:
 * the same as a web component; `/oembed`: what content management systems ask to embed a view from its URL.
 */
export function embedRoutes({ analytics, driver, database, dist, frameAncestors, rateLimit: perMinute, mapOrigins = [], logger, cache = (_req, _res, next) => next() }: EmbedRouteOptions): Router {
  const router = Router();
  const templatePath = join(dist, 'embed.html');
  let template: string | undefined;
  const load = (): string | undefined => (template ??= existsSync(templatePath) ? readFileSync(templatePath, 'utf8') : undefined);
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ errors: [{ message: 'Trop de requêtes, réessayez dans une minute. / Too many requests, try again in a minute.', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    },
  });

  // The bare template is not a page of its own.
  router.get('/embed.html', (_req, res) => res.redirect(301, '/embed'));

  /** Renders an embed from its parameters, or a page that says what is wrong with them. */
  const render = async (res: Response, query: Record<string, unknown>): Promise<void> => {
    embedHeaders(res, frameAncestors, mapOrigins);
    const html = load();
    if (!html) {
      res.status(503).type('text').send("L'intégration n'est pas construite (npm run build -w @maillage/explorer). / The embed is not built.");
      return;
    }
    let options: EmbedOptions;
    try {
      options = parseEmbedParams(query);
    } catch (error) {
      if (!(error instanceof EmbedParamsError)) throw error;
      page(res, 400, html, { title: 'Maillage', lang: 'fr', body: `<p role="alert">${escapeHtml(error.message)}</p>` }, { dark: false });
      return;
    }
    try {
      const network = await embedNetwork(analytics, options);
      page(res, 200, html, embedContent(network, options, explorerUrl(options)), { dark: options.theme === 'dark', accent: options.accent });
    } catch (error) {
      if (error instanceof AnalyticsBusyError || error instanceof AnalyticsTimeoutError) {
        res.setHeader('Retry-After', '5');
        page(res, 503, html, { title: 'Maillage', lang: options.lang, body: `<p role="alert">${escapeHtml(ERROR_MESSAGES.BUSY)}</p>` }, { dark: options.theme === 'dark' });
        return;
      }
      if (!(error instanceof AnalyticsInputError)) {
        logger.error({ err: error }, 'embed failed');
        throw error;
      }
      page(res, error.code === 'NOT_FOUND' ? 404 : 400, html, { title: 'Maillage', lang: options.lang, body: `<p role="alert">${escapeHtml(error.message)}</p>` }, { dark: options.theme === 'dark' });
    }
  };

  router.get('/embed', limiter, cache, (req: Request, res: Response) => render(res, req.query as Record<string, unknown>));

  const savedQuery = async (name: string): Promise<string | undefined> => {
    const { records } = await driver.executeQuery('MATCH (v:EmbedView {name: $name}) RETURN v.query AS query', { name }, { database, routing: 'READ' });
    return records[0]?.get('query') as string | undefined;
  };

  // A view an animator saved under a short name: its address stays when the parameters evolve.
  router.get('/embed/v/:name', limiter, cache, async (req: Request, res: Response) => {
    const query = await savedQuery(String(req.params.name));
    if (query === undefined) {
      embedHeaders(res, frameAncestors, mapOrigins);
      res.status(404).type('text').send(`Vue intégrée inconnue / unknown embed view: "${req.params.name}"`);
      return;
    }
    await render(res, Object.fromEntries(new URLSearchParams(query.replace(/^\?/, ''))));
  });

  router.get('/embed/widget.js', limiter, cache, (_req, res) => {
    const file = join(dist, 'embed', 'widget.js');
    if (!existsSync(file)) {
      res.status(503).type('text').send('// The embed is not built (npm run build -w @maillage/explorer).');
      return;
    }
    // A module script from another site's page: it must be allowed to read it (CORS), and may cache it.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(readFileSync(file, 'utf8'));
  });

  router.get('/oembed', limiter, cache, async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const format = typeof req.query.format === 'string' ? req.query.format : 'json';
    if (format !== 'json') {
      res.status(501).json({ errors: [{ message: 'Seul le format json est servi. / Only the json format is served.', extensions: { code: 'NOT_IMPLEMENTED' } }] });
      return;
    }
    const origin = `${req.protocol}://${req.get('host')}`;
    let target: URL;
    try {
      target = new URL(String(req.query.url ?? ''));
    } catch {
      res.status(400).json({ errors: [{ message: 'url doit être l’adresse d’une vue intégrée. / url must be an embed view’s address.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    let options: EmbedOptions;
    const saved = /^\/embed\/v\/([a-z0-9-]{1,60})$/.exec(target.pathname)?.[1];
    try {
      if (target.origin !== origin || (target.pathname !== '/embed' && !saved)) throw new EmbedParamsError([`url: not an embed of ${origin}`]);
      const query = saved ? await savedQuery(saved) : target.search;
      if (query === undefined) throw new EmbedParamsError([`url: no saved view "${saved}"`]);
      options = parseEmbedParams(new URLSearchParams(query.replace(/^\?/, '')));
    } catch (error) {
      if (!(error instanceof EmbedParamsError)) throw error;
      res.status(404).json({ errors: [{ message: error.message, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const maxWidth = Number(req.query.maxwidth) || 800;
    const maxHeight = Number(req.query.maxheight) || Number.POSITIVE_INFINITY;
    const frameHeight = Math.min(options.height + 160, maxHeight);
    const width = Math.min(800, maxWidth);
    const src = saved ? `${origin}/embed/v/${saved}` : `${origin}/embed${embedQuery(options)}`;
    const title = options.lang === 'en' ? 'Cooperation network' : 'Réseau de coopération';
    res.json({
      version: '1.0',
      type: 'rich',
      provider_name: 'Maillage',
      provider_url: origin,
      title,
      width,
      height: frameHeight,
      html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${frameHeight}" style="border:0;max-width:100%" loading="lazy" title="${title}"></iframe>`,
      cache_age: 60,
    });
  });
  return router;
}
