import type { Driver } from 'neo4j-driver';
import type { z } from 'zod';
import type { Viewer } from '../auth/index.js';
import { hashPassword, verifyPassword } from './password.js';
import { revokeSession } from './sessions.js';
import { createAccount, findAccount, listAccounts, updateAccount, type AccountSummary, type NewAccount, type Role, type StoredAccount } from './store.js';
import { Throttle } from '../db/throttle.js';
import { issueToken, type Session } from './tokens.js';

export interface AccountServiceOptions {
  driver: Driver;
  database: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
}

export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many failed sign-ins');
    this.name = 'TooManyAttempts';
  }
}

/**
 * Signing in and out: one answer for an unknown address and a wrong password, in about the same time, and no more
 * than five wrong guesses per address in fifteen minutes, shared by every API instance.
 */
export class AccountService {
  private decoy: Promise<string> | undefined;
  private readonly throttle: Throttle;

  constructor(private readonly options: AccountServiceOptions) {
    this.throttle = new Throttle(options.driver, options.database, { name: 'login', maxEvents: 5, windowMs: 15 * 60_000 });
  }

  async login(email: string, password: string): Promise<Session | null> {
    const key = email.toLowerCase();
    const wait = await this.throttle.retryAfterSeconds(key);
    if (wait > 0) throw new TooManyAttempts(wait);
    const account = await this.check(email, password);
    if (!account) {
      await this.throttle.count(key);
      return null;
    }
    await this.throttle.forget(key);
    return this.issue(account);
  }

  async logout(viewer: Viewer): Promise<boolean> {
    if (!viewer.session) return false;
    await revokeSession(this.options.driver, this.options.database, viewer.session);
    return true;
  }

  /** A new password ends every session of the account, this one included: the answer is a fresh session. */
  async changePassword(email: string, current: string, next: string): Promise<Session | null> {
    if (!(await this.check(email, current))) return null;
    await updateAccount(this.options.driver, this.options.database, email, { password: next });
    const account = await findAccount(this.options.driver, this.options.database, email);
    return account ? this.issue(account) : null;
  }

  create(input: z.input<typeof NewAccount>): Promise<AccountSummary> {
    return createAccount(this.options.driver, this.options.database, input);
  }

  list(): Promise<AccountSummary[]> {
    return listAccounts(this.options.driver, this.options.database);
  }

  update(email: string, change: { roles?: Role[]; disabled?: boolean; password?: string }): Promise<AccountSummary> {
    return updateAccount(this.options.driver, this.options.database, email, change);
  }

  private issue(account: StoredAccount): Promise<Session> {
    return issueToken(this.options.jwtSecret, account, this.options.tokenTtlSeconds);
  }

  private async check(email: string, password: string): Promise<StoredAccount | null> {
    const account = await findAccount(this.options.driver, this.options.database, email);
    // Without an account, a password is still checked against a throw-away hash: timing does not tell who exists.
    const stored = account?.passwordHash ?? (await (this.decoy ??= hashPassword('decoy password, never valid')));
    const valid = await verifyPassword(password, stored);
    return account && valid && !account.disabled ? account : null;
  }
}
