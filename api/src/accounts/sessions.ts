import type { Driver } from 'neo4j-driver';
import type { SessionCheck } from '../auth/index.js';

/**
 * A session counts while its account exists, is enabled, still has the version the token carries (a password
 * change moves it on) and its id was not revoked by logout. One indexed read per signed-in request, so that every
 * API instance sees a logout at once.
 */
export function sessionCheck(driver: Driver, database: string): SessionCheck {
  return async ({ email, id, version }) => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Account {email: $email})
       WHERE NOT coalesce(a.disabled, false) AND coalesce(a.sessionVersion, 0) = $version
         AND NOT EXISTS { MATCH (:RevokedSession {id: $id}) }
       RETURN a.roles AS roles`,
      { email, id, version },
      { database, routing: 'READ' },
    );
    return (records[0]?.get('roles') as string[] | undefined) ?? null;
  };
}

/** Logout: the token's id is refused until it would have expired anyway; expired revocations are swept meanwhile. */
export async function revokeSession(driver: Driver, database: string, session: { id: string; expiresAt: Date }): Promise<void> {
  await driver.executeQuery(
    `MERGE (r:RevokedSession {id: $id}) SET r.expiresAt = datetime($expiresAt)
     WITH 1 AS done
     MATCH (old:RevokedSession) WHERE old.expiresAt < datetime()
     DELETE old`,
    { id: session.id, expiresAt: session.expiresAt.toISOString() },
    { database },
  );
}
