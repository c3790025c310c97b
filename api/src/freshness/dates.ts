/** A need is on the desk once it has waited this many days without any actor offering its resource. */
export const NEED_OPEN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day of `now` in UTC, as `YYYY-MM-DD`: the desk's "today". */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The day `days` days before `day` (both `YYYY-MM-DD`). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
