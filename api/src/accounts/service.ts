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
  constructor(
    readonly retryAfterSeconds: number,
    /** Which limit: the account's (its e-mail address) or the client's (its network address). */
    readonly scope: 'account' | 'client' = 'account',
  ) {
    super('too many failed sign-ins');
    this.name = 'TooManyAttempts';
  }
}

const WINDOW_MS = 15 * 60_000;
/** Password checks per e-mail address in the window: a person's typos, not a guessing attack. */
export const ACCOUNT_ATTEMPTS = 5;
/** Failed password checks per client address in the window, across every e-mail address it tries. */
export const CLIENT_ATTEMPTS = 30;

/**
 * Signing in and out: one answer for an unknown address and a wrong password, in about the same time, and no more
 * than five guesses per e-mail address and thirty wrong ones per client address in fifteen minutes, shared by every
 * API instance and holding under a burst of parallel requests.
 */
export class AccountService {
  private decoy: Promise<string> | undefined;
  private readonly throttle: Throttle;
  private readonly clientThrottle: Throttle;

  constructor(private readonly options: AccountServiceOptions) {
    this.throttle = new Throttle(options.driver, options.database, { name: 'login', maxEvents: ACCOUNT_ATTEMPTS, windowMs: WINDOW_MS });
    this.clientThrottle = new Throttle(options.driver, options.database, { name: 'login-client', maxEvents: CLIENT_ATTEMPTS, windowMs: WINDOW_MS });
  }

  async login(email: string, password: string, clientIp: string): Promise<Session | null> {
    const account = await this.guardedCheck(email, password, clientIp);
    return account ? this.issue(account) : null;
  }

  async logout(viewer: Viewer): Promise<boolean> {
    if (!viewer.session) return false;
    await revokeSession(this.options.driver, this.options.database, viewer.session);
    return true;
  }

  /** A new password ends every session of the account, this one included: the answer is a fresh session. */
  async changePassword(email: string, current: string, next: string, clientIp: string): Promise<Session | null> {
    if (!(await this.guardedCheck(email, current, clientIp))) return null;
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

  /**
   * A password check a burst cannot multiply: the attempt is counted for the client's address, then for the e-mail
   * address, each count atomic and before any hash is computed; one attempt too many and no password is checked. A
   * success forgets the e-mail address's count. The client's count keeps only the checks that failed: a success (an
   * office behind one address signs in all day) or a refusal, which checked nothing, gives its place back.
   */
  private async guardedCheck(email: string, password: string, clientIp: string): Promise<StoredAccount | null> {
    const key = email.toLowerCase();
    const byClient = await this.clientThrottle.take(clientIp);
    const giveBack = (): Promise<void> => this.clientThrottle.giveBack(clientIp, byClient);
    if (byClient.retryAfterSeconds > 0) {
      await giveBack();
      throw new TooManyAttempts(byClient.retryAfterSeconds, 'client');
    }
    const byAccount = await this.throttle.take(key);
    if (byAccount.retryAfterSeconds > 0) {
      await giveBack();
      throw new TooManyAttempts(byAccount.retryAfterSeconds, 'account');
    }
    const account = await this.check(email, password);
    if (account) {
      await this.throttle.forget(key);
      await giveBack();
    }
    return account;
  }

  private async check(email: string, password: string): Promise<StoredAccount | null> {
    const account = await findAccount(this.options.driver, this.options.database, email);
    // Without an account, a password is still checked against a throw-away hash: timing does not tell who exists.
    const stored = account?.passwordHash ?? (await (this.decoy ??= hashPassword('decoy password, never valid')));
    const valid = await verifyPassword(password, stored);
    return account && valid && !account.disabled ? account : null;
  }
}
