import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs, one line an event; `LOG_LEVEL=silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'maillage-api' } });
}
