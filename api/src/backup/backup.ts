import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { BACKUP_FORMAT, BACKUP_VERSION, TRANSIENT_LABELS, type BackupHeader, type EndLine, type NodeLine, type RelationshipLine } from './format.js';
import { encodeProperties } from '../db/values.js';

/** Owner-only: read and write for the account that runs the backup, nothing for anyone else. */
export const BACKUP_FILE_MODE = 0o600;
export const BACKUP_FOLDER_MODE = 0o700;

export interface BackupReport {
  file: string;
  nodes: number;
  relationships: number;
}

/**
 * Writes the whole graph as JSON lines (a header, the nodes, the relationships, an end line) while the server runs:
 * one read transaction, streamed, into a temporary file renamed at the end, so that a backup file is always whole.
 * Each value keeps its Neo4j type (see values.ts); accounts are kept (with their password hashes: keep the file safe).
 */
export async function backupGraph(driver: Driver, database: string, file: string): Promise<BackupReport> {
  const partial = `${file}.partial`;
  // The file holds password hashes: its owner alone may read it, from its first byte. A stale `.partial` (a killed
  // run) could have other rights: it goes, and the new one is created, never reused.
  await rm(partial, { force: true });
  const out = (await open(partial, 'wx', BACKUP_FILE_MODE)).createWriteStream({ encoding: 'utf8' });
  const write = async (line: object): Promise<void> => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 2_000 });
  const ids = new Map<string, number>();
  let relationships = 0;
  try {
    const tx = session.beginTransaction();
    try {
      const version = await tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), neo4j: String(version.records[0]?.get('version')) };
      await write(header);
      const nodes = tx.run(
        'MATCH (n) WHERE none(label IN labels(n) WHERE label IN $transient) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties',
        { transient: TRANSIENT_LABELS },
      );
      for await (const record of nodes) {
        const n = ids.size;
        ids.set(record.get('id') as string, n);
        const line: NodeLine = { n, labels: (record.get('labels') as string[]).sort(), properties: encodeProperties(record.get('properties') as Record<string, unknown>) };
        await write(line);
      }
      const links = tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS start, type(r) AS type, elementId(b) AS end, properties(r) AS properties');
      for await (const record of links) {
        const start = ids.get(record.get('start') as string);
        const end = ids.get(record.get('end') as string);
        // An end that is not in the file: a transient node, or one created after the nodes were read.
        if (start === undefined || end === undefined) continue;
        const line: RelationshipLine = { r: record.get('type') as string, start, end, properties: encodeProperties(record.get('properties') as Record<string, unknown>) };
        await write(line);
        relationships += 1;
      }
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
    const last: EndLine = { end: true, nodes: ids.size, relationships };
    await write(last);
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
    return { file, nodes: ids.size, relationships };
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await session.close();
  }
}
