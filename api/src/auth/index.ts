export { ROLES, isRole, hasRole, withImpliedRoles, PUBLIC_VIEWER, type Role, type TokenProblem, type Viewer } from './roles.js';
export { requireRole, roleRequired } from './guard.js';
export { createViewerResolver, LOCAL_ISSUER, type OidcOptions, type SessionCheck } from './verify.js';
export { audienceOf, type Audience } from './audience.js';
