import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import compression from 'compression';
import type { Request, RequestHandler } from 'express';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_FROM = 1024;

export type Encoding = 'br' | 'gzip';

/**
 * The encoding a request accepts, brotli first (about a fifth smaller than gzip on our JSON), for an answer of
 * `bytes`; null where it accepts neither, or the answer is too small to gain.
 */
export function acceptedEncoding(req: Request, bytes: number): Encoding | null {
  if (bytes < COMPRESS_FROM) return null;
  // Asked one by one: browsers list gzip before br, and a list would be answered in the browser's order.
  return (['br', 'gzip'] as const).find((encoding) => req.acceptsEncodings(encoding) === encoding) ?? null;
}

/**
 * One answer compressed whole, for the response cache's kept answers: compressed once per graph version, sent
 * many times. Brotli at quality 5 (compression's own default is 4): about gzip's speed, a smaller result.
 */
export function encode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

/**
 * Compresses what the API sends as it goes (GraphQL answers, pages, exports), brotli or gzip as the browser asks.
 * Not the live streams (Server-Sent Events must reach the browser event by event), nor answers already encoded
 * (the response cache sends its kept answers compressed beforehand).
 */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESS_FROM,
    filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
  });
}
