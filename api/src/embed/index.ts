export { embedRoutes, framingPolicy } from './route.js';
export { parseEmbedParams, embedQuery } from './params.js';
