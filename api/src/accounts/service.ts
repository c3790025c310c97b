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

// After this many failures for one address, it may not try again for the rest of the window.
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many failed sign-ins');
    this.name = 'TooManyAttempts';
  }
}

/**
 * Logging in: one answer for an unknown address and a wrong password, in about the same time, and no more than
 * five wrong guesses per address in fifteen minutes (counted in this process).
 */
export class AccountService {
  private decoy: Promise<string> | undefined;
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly options: AccountServiceOptions) {}

  async login(email: string, password: string): Promise<Session | null> {
    const key = email.toLowerCase();
    const now = Date.now();
    const record = this.failures.get(key);
    if (record && now - record.since > WINDOW_MS) this.failures.delete(key);
    else if (record && record.count >= MAX_FAILURES) throw new TooManyAttempts(Math.ceil((record.since + WINDOW_MS - now) / 1000));
    const session = await this.check(email, password);
    if (session) this.failures.delete(key);
    else this.failures.set(key, { count: (this.failures.get(key)?.count ?? 0) + 1, since: this.failures.get(key)?.since ?? now });
    return session;
  }

  private async check(email: string, password: string): Promise<Session | null> {
    const account = await findAccount(this.options.driver, this.options.database, email);
    // Without an account, a password is still checked against a throw-away hash: timing does not tell who exists.
    const stored = account?.passwordHash ?? (await (this.decoy ??= hashPassword('decoy password, never valid')));
    const valid = await verifyPassword(password, stored);
    if (!account || !valid) return null;
    return issueToken(this.options.jwtSecret, account.email, account.roles, this.options.tokenTtlSeconds);
  }
}
