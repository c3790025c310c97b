export { AccountService } from './service.js';
export { AccountResolver, type AccountContext } from './resolver.js';
export { createAccount, AccountError, ROLES, type Role } from './store.js';
export { sessionCheck } from './sessions.js';
