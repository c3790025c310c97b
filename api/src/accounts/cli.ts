// npm run account -- create --email animatrice@example.org --roles animator
//   The password is read from MAILLAGE_PASSWORD, or from the first line of standard input.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { withNeo4j } from '@maillage/neo4j';
import { migrate } from '@maillage/schema';
import { AccountError, createAccount, ROLES, type Role } from './store.js';

async function readPassword(): Promise<string> {
  if (process.env.MAILLAGE_PASSWORD) return process.env.MAILLAGE_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Mot de passe / password (12 characters or more): ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { email: { type: 'string' }, roles: { type: 'string' } } });
const roles = (values.roles ?? '').split(',').filter(Boolean);
if (positionals[0] !== 'create' || !values.email || roles.length === 0 || roles.some((role) => !(ROLES as readonly string[]).includes(role))) {
  console.error(`account: usage: npm run account -- create --email <address> --roles <${ROLES.join('|')}>[,…]`);
  process.exit(2);
}

const email = values.email;
const password = await readPassword();
try {
  await withNeo4j(async (driver, database) => {
    await migrate(driver, database);
    const account = await createAccount(driver, database, { email, password, roles: roles as Role[] });
    console.error(`[account] created ${account.email} (${account.roles.join(', ')})`);
  });
} catch (error) {
  console.error(`[account] ${error instanceof AccountError ? error.message : (error as Error).message}`);
  process.exitCode = 1;
}
