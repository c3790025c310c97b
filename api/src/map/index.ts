export { mapOrigins, mapRoutes, type MapConfig } from './route.js';
