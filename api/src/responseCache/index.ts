export { ResponseStore, entityTag, type ResponseStoreOptions } from './store.js';
export { cachedResponses, type CacheKey } from './middleware.js';
export { graphqlCache, getCache, viewerOnce } from './routes.js';
export { graphqlCacheKey } from './graphqlKey.js';
