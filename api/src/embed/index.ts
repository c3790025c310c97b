export { embedRoutes, framingPolicy } from './route.js';
export { parseEmbedParams, embedQuery, territoryId } from './params.js';
