export { declarationResolvers, type DeclarationContext } from './resolvers.js';
export { DECLARATION_LIMITS } from './declare.js';
