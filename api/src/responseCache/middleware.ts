import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { GraphVersionClock } from '../graphVersion/clock.js';
import { refuseUnavailable } from '../http/refusals.js';
import { acceptedEncoding } from '../http/compression.js';
import { encodedBody, entityTag, REPLAYED_HEADERS, type KeptResponse, type ResponseStore } from './store.js';

export interface CacheKey {
  key: string;
  /** Whether shared caches (proxies) may keep it: the public's answers, not a signed-in researcher's. */
  shared: boolean;
}

export interface CachedResponsesOptions {
  clock: GraphVersionClock;
  store: ResponseStore;
  /** The request's key, or null when its answer must not be kept. */
  keyOf: (req: Request) => CacheKey | null | Promise<CacheKey | null>;
  /** Whether a complete 200 answer may be kept (a GraphQL answer with errors may not). */
  keepable?: (body: Buffer) => boolean;
  /** The version could not be read: the database is down (told to the availability watch). */
  onDatabaseDown?: () => void;
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag || candidate.trim() === '*');
}

function replay(req: Request, res: Response, kept: KeptResponse): void {
  for (const name of REPLAYED_HEADERS) {
    const value = kept.headers[name];
    if (value === undefined) res.removeHeader(name);
    else res.setHeader(name, value);
  }
  res.vary('Accept-Encoding');
  const encoding = acceptedEncoding(req, kept.body.length);
  if (!encoding) return void res.status(200).end(kept.body);
  // Set before the body goes: the compression middleware leaves an answer already encoded alone.
  res.setHeader('Content-Encoding', encoding);
  res.status(200).end(encodedBody(kept, encoding));
}

/** Keeps the answer being sent, if it is complete, successful and small enough, once it has gone. */
function keepOnFinish(res: Response, store: ResponseStore, version: string, key: string, keepable: (body: Buffer) => boolean): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    size += buffer.length;
    if (size > store.options.maxEntryBytes) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  // Typed loosely on purpose: Node's write/end have several overloads, all passed through unchanged.
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as Response['write'];
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return end(...args);
  }) as Response['end'];
  res.once('finish', () => {
    if (tooLarge || res.statusCode !== 200) return;
    const body = Buffer.concat(chunks);
    if (!keepable(body)) return;
    const headers: KeptResponse['headers'] = {};
    for (const name of REPLAYED_HEADERS) {
      const value = res.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    store.set(version, key, { headers, body });
  });
}

/**
 * Serves what the public and researchers read from memory while the graph version stays the same, and tells
 * browsers and proxies so: an `ETag` made of the version and the request, `304 Not Modified` when they hold it.
 * The version is read at every request (see GraphVersionClock), so a write made anywhere is seen at once.
 */
export function cachedResponses({ clock, store, keyOf, keepable = () => true, onDatabaseDown }: CachedResponsesOptions): RequestHandler {
  // RESPONSE_CACHE_MB=0: no response cache at all, so no graph version read either (no ETag, no 304).
  if (store.options.maxBytes <= 0) return (_req, _res, next) => next();
  return (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const found = await keyOf(req);
      if (!found) return next();
      let version: string;
      try {
        version = await clock.now();
      } catch {
        // Asking the route would wait for the database a second time: refused at once, said clearly.
        onDatabaseDown?.();
        return refuseUnavailable(res);
      }
      const tag = entityTag(version, found.key);
      res.setHeader('ETag', tag);
      res.setHeader('Vary', 'Authorization');
      res.setHeader('Cache-Control', found.shared ? 'public, no-cache' : 'private, no-cache');
      res.setHeader('X-Graph-Version', version);
      if ((req.method === 'GET' || req.method === 'HEAD') && matches(req.headers['if-none-match'], tag)) {
        res.status(304).end();
        return;
      }
      const kept = store.get(version, found.key);
      if (kept) {
        res.setHeader('X-Cache', 'HIT');
        return replay(req, res, kept);
      }
      res.setHeader('X-Cache', 'MISS');
      keepOnFinish(res, store, version, found.key, keepable);
      next();
    })().catch(next);
  };
}
