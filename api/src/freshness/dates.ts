/** A need is on the desk once it has waited this many days without any actor offering its resource. */
export const NEED_OPEN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day of `now` in UTC, as `YYYY-MM-DD`: the desk's "today". */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The same moment `months` calendar months earlier, in UTC; a day the earlier month lacks becomes its last day
 * (31 March less one month is 28 or 29 February), as Neo4j's `datetime() - duration({months: …})` does.
 */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
}

/** The day `days` days before `day` (both `YYYY-MM-DD`). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Open for more than NEED_OPEN_DAYS days on `today`. */
export function longOpen(since: string, today: string): boolean {
  return daysBetween(since, today) > NEED_OPEN_DAYS;
}
