import type { Encoded } from '../db/values.js';

export const BACKUP_FORMAT = 'maillage-backup';
export const BACKUP_VERSION = 1;

/** Bookkeeping that a restored database does not need: revoked sign-ins and sign-in throttles expire anyway. */
export const TRANSIENT_LABELS = ['RevokedSession', 'Throttle', 'GraphVersion'];

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  neo4j: string;
}

export interface NodeLine {
  n: number;
  labels: string[];
  properties: Record<string, Encoded>;
}

export interface RelationshipLine {
  r: string;
  start: number;
  end: number;
  properties: Record<string, Encoded>;
}

/** The last line: without it, the file was cut short and is refused. */
export interface EndLine {
  end: true;
  nodes: number;
  relationships: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Labels and types go into Cypher text (they cannot be parameters): only plain names pass. */
export function cypherName(name: string): string {
  if (!NAME.test(name)) throw new Error(`cypherName: ${JSON.stringify(name)} is not a plain label or type name`);
  return `\`${name}\``;
}
