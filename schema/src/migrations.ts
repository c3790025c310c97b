import type { Driver } from 'neo4j-driver';

const NODE_IDS = ['Actor', 'Sector', 'Resource', 'Territory', 'Project'];

/**
 * The database schema, as idempotent statements: run at every start-up, they create only what is missing.
 * Index names are stable so that a change shows up here, in review.
 */
export const MIGRATIONS: readonly string[] = [
  ...NODE_IDS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT account_email IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE',
  'CREATE CONSTRAINT revokedsession_id IF NOT EXISTS FOR (n:RevokedSession) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT throttle_key IF NOT EXISTS FOR (n:Throttle) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX proposal_status IF NOT EXISTS FOR (n:Proposal) ON (n.status)',
  // Living Lab workshops: their codes, their participants' sessions, their entries.
  'CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (n:Workshop) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT workshop_code IF NOT EXISTS FOR (n:Workshop) REQUIRE n.code IS UNIQUE',
  'CREATE CONSTRAINT workshopparticipant_token IF NOT EXISTS FOR (n:WorkshopParticipant) REQUIRE n.tokenHash IS UNIQUE',
  'CREATE CONSTRAINT workshopentry_id IF NOT EXISTS FOR (n:WorkshopEntry) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX workshopentry_workshop IF NOT EXISTS FOR (n:WorkshopEntry) ON (n.workshopId)',
  'CREATE INDEX workshopparticipant_workshop IF NOT EXISTS FOR (n:WorkshopParticipant) ON (n.workshopId)',
  'CREATE INDEX workshopvote_workshop IF NOT EXISTS FOR (n:WorkshopVote) ON (n.workshopId)',
  'CREATE CONSTRAINT graphversion_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT embedview_name IF NOT EXISTS FOR (n:EmbedView) REQUIRE n.name IS UNIQUE',
  'CREATE CONSTRAINT cooperation_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE',
  // The journal and the bin.
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId, n.entity)',
  'CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at)',
  'CREATE INDEX deleted_id IF NOT EXISTS FOR (n:Deleted) ON (n.id)',
  'CREATE INDEX deleted_cooperation_id IF NOT EXISTS FOR ()-[r:DELETED_COOPERATION]-() ON (r.id)',
  // Fields the API and the explorer filter on.
  'CREATE INDEX actor_silo IF NOT EXISTS FOR (n:Actor) ON (n.silo)',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX actor_ptce_role IF NOT EXISTS FOR (n:Actor) ON (n.ptceRole)',
  'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  // Registry identifiers: imports (SIRENE, subsidies) and the duplicates' check find actors by them.
  'CREATE INDEX actor_siren IF NOT EXISTS FOR (n:Actor) ON (n.siren)',
  'CREATE INDEX actor_siret IF NOT EXISTS FOR (n:Actor) ON (n.siret)',
  'CREATE POINT INDEX actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location)',
  'CREATE INDEX territory_code IF NOT EXISTS FOR (n:Territory) ON (n.code)',
  'CREATE INDEX territory_level IF NOT EXISTS FOR (n:Territory) ON (n.level)',
  'CREATE INDEX sector_name IF NOT EXISTS FOR (n:Sector) ON (n.name)',
  'CREATE INDEX resource_kind IF NOT EXISTS FOR (n:Resource) ON (n.kind)',
  'CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status)',
  'CREATE INDEX cooperation_kind IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.kind)',
  'CREATE INDEX cooperation_since IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.since)',
  // Name and description search (the SDL's @fulltext "actorText" uses this index).
  'CREATE FULLTEXT INDEX actorText IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.description]',
];

/** Applies every migration, then waits until the indexes are online. */
export async function migrate(driver: Driver, database = 'neo4j'): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of MIGRATIONS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
