import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { encode, type Encoding } from '../http/compression.js';

/** Headers a kept answer replays: those the routes set that make it what it is (type, framing, caching). */
export const REPLAYED_HEADERS = [
  'content-type', 'content-disposition', 'content-security-policy', 'x-frame-options', 'cache-control', 'access-control-allow-origin',
] as const;

export interface KeptResponse {
  headers: Partial<Record<(typeof REPLAYED_HEADERS)[number], string>>;
  body: Buffer;
  /** The body compressed, made at the first request that accepts each encoding. */
  encoded?: Partial<Record<Encoding, Buffer>>;
}

/** A kept answer's body in `encoding`, compressed once and kept with it. */
export function encodedBody(kept: KeptResponse, encoding: Encoding): Buffer {
  kept.encoded ??= {};
  return (kept.encoded[encoding] ??= encode(kept.body, encoding));
}

export interface ResponseStoreOptions {
  /** Memory the kept answers may take, all together. */
  maxBytes: number;
  /** The largest answer kept: a larger one is served as it comes and forgotten. */
  maxEntryBytes: number;
}

/** Answers kept in memory by graph version and request: least recently used first out. */
export class ResponseStore {
  private readonly entries: LRUCache<string, KeptResponse>;

  constructor(readonly options: ResponseStoreOptions) {
    this.entries = new LRUCache<string, KeptResponse>({
      maxSize: Math.max(options.maxBytes, 1),
      // The body, and room for its compressed copies made later (JSON and HTML shrink to a fifth or less).
      sizeCalculation: (entry, key) => Math.ceil(entry.body.length * 1.5) + key.length + 256,
    });
  }

  get(version: string, key: string): KeptResponse | undefined {
    return this.entries.get(`${version}|${key}`);
  }

  set(version: string, key: string, entry: KeptResponse): void {
    if (this.options.maxBytes > 0 && entry.body.length <= this.options.maxEntryBytes) this.entries.set(`${version}|${key}`, entry);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The entity tag of an answer: the same in every process for the same graph version and request. */
export function entityTag(version: string, key: string): string {
  return `"${version}-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
}
