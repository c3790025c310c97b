import { startEmbeddedNeo4j, type EmbeddedNeo4jOptions } from './launcher.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** True when this process started the database (and so must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database to use: the server named by NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) when set,
 * else an embedded Neo4j started here.
 */
export async function resolveNeo4j(
  env: NodeJS.ProcessEnv = process.env,
  embedded: EmbeddedNeo4jOptions = {},
): Promise<Neo4jTarget> {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      embedded: false,
      stop: () => Promise.resolve(),
    };
  }
  const neo4j = await startEmbeddedNeo4j({
    port: env.NEO4J_BOLT_PORT === undefined ? 7687 : Number(env.NEO4J_BOLT_PORT),
    password: env.NEO4J_PASSWORD ?? '',
    ...(env.NEO4J_HOME_DIR ? { homeDir: env.NEO4J_HOME_DIR } : {}),
    ...embedded,
  });
  return { ...neo4j, embedded: true };
}
