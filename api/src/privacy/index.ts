export { privacyResolvers, type PrivacyContext } from './resolvers.js';
export { personalData, eraseActor } from './privacy.js';
