import type { Driver } from 'neo4j-driver';

export interface AvailabilityOptions {
  /** How often the database is tried while it is down. */
  probeEveryMs: number;
  /** How long a probe may wait for an answer. */
  probeTimeoutMs: number;
}

/**
 * Whether Neo4j answers, as the API last saw it. Once a request finds it down, the next ones are refused at once
 * (instead of each waiting out the driver's retries) while a probe tries it every second; the first answer puts
 * everything back by itself.
 */
export class DatabaseAvailability {
  private down = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: AvailabilityOptions = { probeEveryMs: 1_000, probeTimeoutMs: 1_000 },
  ) {}

  get up(): boolean {
    return !this.down;
  }

  markDown(): void {
    if (this.down) return;
    this.down = true;
    this.timer = setInterval(() => void this.probe(), this.options.probeEveryMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, transactionConfig: { timeout: this.options.probeTimeoutMs } });
      this.down = false;
      clearInterval(this.timer);
    } catch {
      // Still down: the next probe will tell.
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
