// Calendar arithmetic on UTC dates (due dates and review dates are days, stored at midnight UTC).
const DAY_MS = 86_400_000;

export const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Whole days from `now`'s day to `date` (negative when past). */
export const daysUntil = (date: Date, now = new Date()) => Math.round((startOfUtcDay(date).getTime() - startOfUtcDay(now).getTime()) / DAY_MS);

/** Same day of the month, `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: Date, months: number): Date {
  const d = startOfUtcDay(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target;
}

/** The day `days` days after `from`'s day. */
export const daysAfter = (days: number, from = new Date()) => new Date(startOfUtcDay(from).getTime() + days * DAY_MS);

/** A calendar day as YYYY-MM-DD (UTC); a dash when there is none. */
export const formatDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "—");
