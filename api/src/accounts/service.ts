import type { Driver } from 'neo4j-driver';
import { hashPassword, verifyPassword } from './password.js';
import { findAccount } from './store.js';
import { issueToken, type Session } from './tokens.js';

export interface AccountServiceOptions {
  driver: Driver;
  database: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
}

/** Logging in: one answer for an unknown address and a wrong password, in about the same time. */
export class AccountService {
  private decoy: Promise<string> | undefined;

  constructor(private readonly options: AccountServiceOptions) {}

  async login(email: string, password: string): Promise<Session | null> {
    const account = await findAccount(this.options.driver, this.options.database, email);
    // Without an account, a password is still checked against a throw-away hash: timing does not tell who exists.
    const stored = account?.passwordHash ?? (await (this.decoy ??= hashPassword('decoy password, never valid')));
    const valid = await verifyPassword(password, stored);
    if (!account || !valid) return null;
    return issueToken(this.options.jwtSecret, account.email, account.roles, this.options.tokenTtlSeconds);
  }
}
