// Fixed-window counters in the database, so every app instance sees the same counts. Callers treat a database
// error as "refused" (fail closed) where a limit protects sign-in.
import { db } from "@/lib/db";

export interface Limit {
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

export const limits = {
  /** Failed password sign-ins for one account. The next attempt after `max` is refused even with the right password. */
  passwordPerAccount: { max: 10, windowMs: 15 * 60_000 },
  /** Failed password sign-ins from one IP address, across accounts (password spraying). */
  passwordPerIp: { max: 50, windowMs: 15 * 60_000 },
  /**
   * Sign-in code emails to one address: one a minute (a resend waits that long, it is never locked out for longer)…
   */
  signInCodeCooldown: { max: 1, windowMs: 60_000 },
  /** …and at most 10 an hour, which also bounds the tries at its codes to 50 an hour. */
  magicLinkPerEmail: { max: 10, windowMs: 60 * 60_000 },
  /** Sign-in code requests from one IP address. */
  magicLinkPerIp: { max: 30, windowMs: 15 * 60_000 },
  /** Evidence uploads by one user. */
  evidencePerUser: { max: 100, windowMs: 60 * 60_000 },
  /**
   * Downloads of exports (CSV, DORA extracts, board PDF, backup, template JSON) by one user, all kinds together. One a
   * minute for an hour is far more than a person clicking through the exports needs; a scan is held to 60 files (and
   * 60 audit rows) an hour.
   */
  exportsPerUser: { max: 60, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

/** True when the key has used up its window (the count is not changed). */
export async function isLimited(key: string, limit: Limit, now = new Date()): Promise<boolean> {
  const row = await db().rateLimit.findUnique({ where: { key } });
  return !!row && row.resetAt > now && row.count >= limit.max;
}

/** Counts one attempt and returns the count in the current window. */
export async function hit(key: string, limit: Limit, now = new Date()): Promise<number> {
  return (await hitWindow(key, limit, now)).count;
}

/** Counts one attempt; returns the count in the current window and when that window ends. */
export async function hitWindow(key: string, limit: Limit, now = new Date()): Promise<{ count: number; resetAt: Date }> {
  const resetAt = new Date(now.getTime() + limit.windowMs);
  const rows = await db().$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count"   = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  return { count: Number(rows[0]?.count ?? limit.max + 1), resetAt: rows[0] ? new Date(rows[0].resetAt) : resetAt };
}

/** Counts one attempt; false when it is over the limit. */
export async function consume(key: string, limit: Limit, now = new Date()): Promise<boolean> {
  return (await hit(key, limit, now)) <= limit.max;
}

export async function clearLimit(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}
