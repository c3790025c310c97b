import type { Driver } from 'neo4j-driver';
import type { Viewer } from '../auth/index.js';

/**
 * What every GraphQL request carries, whichever feature answers it: who asks, from where, and the database. Each
 * feature's context names the part it reads and adds its own service (EditingContext, AccountContext…).
 */
export interface RequestContext {
  viewer: Viewer;
  /** The client's address, as Express sees it (see TRUST_PROXY): what the per-client limits count. */
  clientIp: string;
  db: { driver: Driver; database: string };
}
