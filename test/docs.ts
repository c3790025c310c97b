import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** The README and every guide in docs/, one after the other: what the documentation tests read. */
export function readDocs(): string {
  const guides = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => join(ROOT, 'docs', name));
  return [join(ROOT, 'README.md'), ...guides].map((file) => readFileSync(file, 'utf8')).join('\n');
}
