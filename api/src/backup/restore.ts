import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Driver, Transaction } from 'neo4j-driver';
import { bumpGraphVersion } from '@maillage/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, cypherName, type BackupHeader, type EndLine, type NodeLine, type RelationshipLine } from './format.js';
import { decodeProperties, toNumber } from '../db/values.js';

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface RestoreOptions {
  /** Replace what the database holds; without it, a database that holds anything is refused. */
  replace: boolean;
  onProgress?(what: 'nodes' | 'relationships', done: number): void;
}

export interface RestoreReport {
  nodes: number;
  relationships: number;
}

const BATCH = 1_000;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

async function createNodes(tx: Transaction, batch: NodeLine[], elementIds: Map<number, string>): Promise<void> {
  const byLabels = groupBy(batch, (line) => line.labels.map((label) => `:${cypherName(label)}`).join(''));
  for (const [labels, lines] of byLabels) {
    const result = await tx.run(
      `UNWIND $rows AS row CREATE (n${labels}) SET n = row.properties RETURN row.n AS n, elementId(n) AS id`,
      { rows: lines.map((line) => ({ n: line.n, properties: decodeProperties(line.properties) })) },
    );
    for (const record of result.records) elementIds.set(toNumber(record.get('n'))!, record.get('id') as string);
  }
}

async function createRelationships(tx: Transaction, batch: RelationshipLine[], elementIds: Map<number, string>): Promise<void> {
  for (const [type, lines] of groupBy(batch, (line) => line.r)) {
    const rows = lines.map((line) => {
      const [start, end] = [elementIds.get(line.start), elementIds.get(line.end)];
      if (start === undefined || end === undefined) throw new RestoreError(`restore: a ${type} relationship names node ${start === undefined ? line.start : line.end}, which the file does not hold`);
      return { start, end, properties: decodeProperties(line.properties) };
    });
    await tx.run(
      `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end CREATE (a)-[r:${cypherName(type)}]->(b) SET r = row.properties`,
      { rows },
    );
  }
}

/** Each account's session version as the database holds it now, before a restore replaces it. */
async function sessionVersions(tx: Transaction): Promise<Record<string, unknown>> {
  const result = await tx.run('MATCH (a:Account) RETURN a.email AS email, coalesce(a.sessionVersion, 0) AS version');
  return Object.fromEntries(result.records.map((record) => [record.get('email') as string, record.get('version')]));
}

/**
 * Moves every restored account past both its restored and its previous session version: a backup holds older
 * versions and no revocation, so without this a token ended since (logout, password change) would count again.
 * Everyone signs in again after a restore.
 */
async function endSessions(tx: Transaction, previous: Record<string, unknown>): Promise<void> {
  await tx.run(
    `MATCH (a:Account)
     WITH a, coalesce(a.sessionVersion, 0) AS restored, coalesce($previous[a.email], 0) AS before
     SET a.sessionVersion = CASE WHEN before > restored THEN before ELSE restored END + 1`,
    { previous },
  );
}

function checkHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw new RestoreError('restore: this is not a Maillage backup (its first line is not JSON)');
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError('restore: this is not a Maillage backup (no "maillage-backup" header)');
  if (header.version !== BACKUP_VERSION) throw new RestoreError(`restore: backup format version ${String(header.version)}; this Maillage reads version ${BACKUP_VERSION}`);
  return header as BackupHeader;
}

/**
 * Rebuilds the graph from a backup file in one transaction: killed or refused halfway, it leaves the database as it
 * was. The database must be empty, or `replace` given (then its old content goes in the same transaction). Every
 * sign-in token issued before the restore stops counting (see endSessions).
 */
export async function restoreGraph(driver: Driver, database: string, file: string, options: RestoreOptions): Promise<RestoreReport> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  checkHeader((await iterator.next()).value as string | undefined);
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  const elementIds = new Map<number, string>();
  let [nodes, relationships] = [0, 0];
  let end: EndLine | undefined;
  try {
    // The graph version goes on rising through a restore: every cache must see the restored graph as new.
    const existing = await tx.run('MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) > 0 AS any');
    const previous = await sessionVersions(tx);
    if (existing.records[0]?.get('any') === true) {
      if (!options.replace) throw new RestoreError('restore: the database is not empty; add --replace to replace its content');
      await tx.run('MATCH (n) WHERE NOT n:GraphVersion DETACH DELETE n');
    }
    let nodeBatch: NodeLine[] = [];
    let relationshipBatch: RelationshipLine[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      if (end) throw new RestoreError('restore: lines after the end line');
      const line = JSON.parse(next.value) as NodeLine | RelationshipLine | EndLine;
      if ('n' in line) nodeBatch.push(line);
      else if ('r' in line) relationshipBatch.push(line);
      else end = line;
      if (nodeBatch.length === BATCH || ((relationshipBatch.length > 0 || end) && nodeBatch.length > 0)) {
        await createNodes(tx, nodeBatch, elementIds);
        nodes += nodeBatch.length;
        nodeBatch = [];
        options.onProgress?.('nodes', nodes);
      }
      if (relationshipBatch.length === BATCH || (end && relationshipBatch.length > 0)) {
        await createRelationships(tx, relationshipBatch, elementIds);
        relationships += relationshipBatch.length;
        relationshipBatch = [];
        options.onProgress?.('relationships', relationships);
      }
    }
    if (!end) throw new RestoreError('restore: the file is cut short (no end line): nothing restored');
    if (end.nodes !== nodes || end.relationships !== relationships) {
      throw new RestoreError(`restore: the file announces ${end.nodes} nodes and ${end.relationships} relationships, it holds ${nodes} and ${relationships}`);
    }
    await endSessions(tx, previous);
    await bumpGraphVersion(tx);
    await tx.commit();
    return { nodes, relationships };
  } catch (error) {
    if (error instanceof SyntaxError) throw new RestoreError(`restore: a line is not JSON (${error.message}): nothing restored`);
    throw error;
  } finally {
    if (tx.isOpen()) await tx.rollback();
    lines.close();
    await session.close();
  }
}
