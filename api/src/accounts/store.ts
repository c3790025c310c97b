import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { ROLES, type Role } from '../auth/index.js';
import { toNumber } from '../db/values.js';
import { hashPassword } from './password.js';

export { ROLES, type Role };

const Email = z.string().email('an e-mail address').transform((email) => email.toLowerCase());
export const Password = z.string().min(12, 'at least 12 characters').max(1024, 'at most 1,024 characters');
const Roles = z.array(z.enum(ROLES)).min(1, 'at least one role');

export const NewAccount = z.object({ email: Email, password: Password, roles: Roles });

export interface StoredAccount {
  email: string;
  passwordHash: string;
  roles: Role[];
  sessionVersion: number;
  disabled: boolean;
}

export interface AccountSummary {
  email: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
}

export class AccountError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'ACCOUNT_EXISTS' | 'ACCOUNT_NOT_FOUND' = 'BAD_USER_INPUT',
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

function parse<T extends z.ZodType>(where: string, schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AccountError(`${where}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

const SUMMARY = 'a.email AS email, a.roles AS roles, coalesce(a.disabled, false) AS disabled, toString(a.createdAt) AS createdAt';

/**
 * Accounts live in Neo4j under a label the GraphQL schema does not know (`:Account`): no generated query can read
 * a password hash. Admins create them from the command line or through the `createAccount` mutation.
 */
export async function createAccount(driver: Driver, database: string, input: z.input<typeof NewAccount>): Promise<AccountSummary> {
  const { email, password, roles } = parse('createAccount', NewAccount, input);
  try {
    const { records } = await driver.executeQuery(
      `CREATE (a:Account {email: $email, passwordHash: $hash, roles: $roles, sessionVersion: 0, disabled: false, createdAt: datetime()})
       RETURN ${SUMMARY}`,
      { email, hash: await hashPassword(password), roles },
      { database },
    );
    return records[0]!.toObject() as AccountSummary;
  } catch (error) {
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new AccountError(`createAccount: an account already exists for ${email}`, 'ACCOUNT_EXISTS');
    }
    throw error;
  }
}

export async function findAccount(driver: Driver, database: string, email: string): Promise<StoredAccount | null> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Account {email: $email})
     RETURN a.email AS email, a.passwordHash AS passwordHash, a.roles AS roles,
            coalesce(a.sessionVersion, 0) AS sessionVersion, coalesce(a.disabled, false) AS disabled`,
    { email: email.toLowerCase() },
    { database, routing: 'READ' },
  );
  const record = records[0]?.toObject();
  return record ? ({ ...record, sessionVersion: toNumber(record.sessionVersion) } as StoredAccount) : null;
}

export async function listAccounts(driver: Driver, database: string): Promise<AccountSummary[]> {
  const { records } = await driver.executeQuery(`MATCH (a:Account) RETURN ${SUMMARY} ORDER BY a.email`, {}, { database, routing: 'READ' });
  return records.map((record) => record.toObject() as AccountSummary);
}

/** Changes what an admin may change of an account; a new password or a disabled account ends its sessions. */
export async function updateAccount(
  driver: Driver,
  database: string,
  email: string,
  change: { roles?: Role[]; disabled?: boolean; password?: string },
): Promise<AccountSummary> {
  const roles = change.roles === undefined ? null : parse('updateAccount', Roles, change.roles);
  const hash = change.password === undefined ? null : await hashPassword(parse('updateAccount', Password, change.password));
  const endSessions = hash !== null || change.disabled === true;
  const { records } = await driver.executeQuery(
    `MATCH (a:Account {email: $email})
     SET a.roles = coalesce($roles, a.roles), a.disabled = coalesce($disabled, a.disabled, false),
         a.passwordHash = coalesce($hash, a.passwordHash),
         a.sessionVersion = coalesce(a.sessionVersion, 0) + CASE WHEN $endSessions THEN 1 ELSE 0 END
     RETURN ${SUMMARY}`,
    { email: email.toLowerCase(), roles, disabled: change.disabled ?? null, hash, endSessions },
    { database },
  );
  if (!records[0]) throw new AccountError(`updateAccount: no account for ${email}`, 'ACCOUNT_NOT_FOUND');
  return records[0].toObject() as AccountSummary;
}
