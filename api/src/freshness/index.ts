export { freshnessDesk, MAX_DESK_LIMIT, type DeskOptions, type DeskSources } from './desk.js';
export { freshnessResolvers, type FreshnessContext } from './resolvers.js';
export { freshnessRoute, type FreshnessRouteOptions } from './route.js';
export type { FreshnessDesk } from './types.js';
