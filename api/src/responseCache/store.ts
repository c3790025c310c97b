import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Headers a kept answer replays: those the routes set that make it what it is (type, framing, caching). */
export const REPLAYED_HEADERS = [
  'content-type', 'content-disposition', 'content-security-policy', 'x-frame-options', 'cache-control', 'access-control-allow-origin',
] as const;

export interface KeptResponse {
  headers: Partial<Record<(typeof REPLAYED_HEADERS)[number], string>>;
  body: Buffer;
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
      sizeCalculation: (entry, key) => entry.body.length + key.length + 256,
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
