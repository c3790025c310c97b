import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { hashPassword } from './password.js';

export const ROLES = ['researcher', 'animator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const NewAccount = z.object({
  email: z.string().email('an e-mail address').transform((email) => email.toLowerCase()),
  password: z.string().min(12, 'at least 12 characters'),
  roles: z.array(z.enum(ROLES)).min(1, 'at least one role'),
});

export interface StoredAccount {
  email: string;
  passwordHash: string;
  roles: Role[];
}

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

/**
 * Accounts live in Neo4j under a label the GraphQL schema does not know (`:Account`): no generated query can read
 * a password hash. Creating one is for the command line (and, later, admins in the explorer).
 */
export async function createAccount(driver: Driver, database: string, input: z.input<typeof NewAccount>): Promise<{ email: string; roles: Role[] }> {
  const parsed = NewAccount.safeParse(input);
  if (!parsed.success) throw new AccountError(`createAccount: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { email, password, roles } = parsed.data;
  try {
    await driver.executeQuery(
      'CREATE (:Account {email: $email, passwordHash: $hash, roles: $roles, createdAt: datetime()})',
      { email, hash: await hashPassword(password), roles },
      { database },
    );
  } catch (error) {
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new AccountError(`createAccount: an account already exists for ${email}`);
    }
    throw error;
  }
  return { email, roles };
}

export async function findAccount(driver: Driver, database: string, email: string): Promise<StoredAccount | null> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Account {email: $email}) RETURN a.email AS email, a.passwordHash AS passwordHash, a.roles AS roles',
    { email: email.toLowerCase() },
    { database, routing: 'READ' },
  );
  return (records[0]?.toObject() as StoredAccount | undefined) ?? null;
}
