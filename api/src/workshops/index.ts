export { workshopResolvers, type WorkshopContext } from './resolvers.js';
export { NET_MAP_STEPS } from './workshops.js';
