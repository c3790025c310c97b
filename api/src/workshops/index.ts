export { workshopLiveResolvers, workshopResolvers, type WorkshopContext, type WorkshopLiveContext } from './resolvers.js';
export { WorkshopPulses } from './live.js';
export { workshopStream } from './stream.js';
export { NET_MAP_STEPS } from './workshops.js';
