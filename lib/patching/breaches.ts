// Patch-SLA breaches decided by the database, by the rules of sla.ts (assessPatch): a portfolio's ledger has hundreds
// of thousands of entries, which the risk scores, the vendor list's filter and the portfolio patching view need only
// as counts or as the first few entries. lib/vendors/list.test.ts checks these counts against assessPatch on generated
// ledgers, and lib/patching/patching.test.ts the portfolio's entries.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** The organization's ledger entries (v) with their product (p), KEV entry (k) and days the SLA allows (a.allowed). */
const ledger = (organizationId: string) => Prisma.sql`
  FROM "VulnerabilityRecord" v
  JOIN "Product" p ON p.id = v."productId"
  LEFT JOIN "KevEntry" k ON k."organizationId" = v."organizationId" AND k."cveId" = v."cveId"
  -- The product's own SLA, otherwise the vendor-wide one (applicableSla).
  LEFT JOIN LATERAL (
    SELECT s.* FROM "PatchSla" s
    WHERE s."vendorId" = p."vendorId" AND (s."productId" = p.id OR s."productId" IS NULL)
    ORDER BY s."productId" IS NULL, s."createdAt", s.id LIMIT 1
  ) sla ON true
  CROSS JOIN LATERAL (
    SELECT CASE v.severity WHEN 'CRITICAL' THEN sla."criticalDays" WHEN 'HIGH' THEN sla."highDays"
                           WHEN 'MEDIUM' THEN sla."mediumDays" ELSE sla."lowDays" END AS allowed
  ) a
  WHERE v."organizationId" = ${organizationId}`;

/** Whether an entry of `ledger` has breached its SLA on `asOf`. */
function breached(asOf: Date) {
  const today = asOf.toISOString().slice(0, 10);
  return Prisma.sql`(
    -- The vendor's side: disclosed → fix released (or still running today).
    (a.allowed IS NOT NULL AND GREATEST(0, COALESCE(v."fixReleasedAt", ${today}::date) - v."disclosedAt") > a.allowed)
    -- Ours: fix released → deployed, against the KEV due date when CISA lists the flaw.
    OR (v."fixReleasedAt" IS NOT NULL
        AND GREATEST(0, COALESCE(v."deployedAt", ${today}::date) - v."fixReleasedAt")
            > COALESCE(CASE WHEN k."dueDate" IS NOT NULL THEN GREATEST(0, k."dueDate" - v."fixReleasedAt") END, a.allowed))
  )`;
}

/** Breached ledger entries per vendor (vendors without any left out), for the whole organization or some vendors. */
export async function slaBreachCounts(organizationId: string, asOf: Date, vendorIds: string[] | null = null): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ vendorId: string; breaches: number }[]>`
    SELECT p."vendorId", count(*)::int AS breaches
    ${ledger(organizationId)} AND (${vendorIds}::text[] IS NULL OR p."vendorId" = ANY(${vendorIds}::text[])) AND ${breached(asOf)}
    GROUP BY p."vendorId"`;
  return new Map(rows.map((r) => [r.vendorId, r.breaches]));
}

/**
 * The portfolio's patching queue: every breach, and every entry not yet deployed (fix awaited or not rolled out),
 * among entries open or deployed since `since`. Breaches first, then known-exploited flaws, oldest disclosure first:
 * the ids of the first `limit`, and the totals.
 */
export async function patchingQueue(organizationId: string, asOf: Date, since: Date, limit: number): Promise<{ ids: string[]; total: number; breaches: number }> {
  const rows = await db().$queryRaw<{ id: string; total: number; breaches: number }[]>`
    SELECT id, total, breaches FROM (
      SELECT v.id, ${breached(asOf)} AS late, k."cveId" IS NOT NULL AS kev, v."disclosedAt",
             count(*) OVER ()::int AS total, (count(*) FILTER (WHERE ${breached(asOf)}) OVER ())::int AS breaches
      ${ledger(organizationId)}
        AND (v."deployedAt" IS NULL OR v."deployedAt" >= ${since})
        AND (${breached(asOf)} OR v."fixReleasedAt" IS NULL OR v."deployedAt" IS NULL)
    ) q
    ORDER BY late DESC, kev DESC, "disclosedAt", id
    LIMIT ${limit}`;
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0, breaches: rows[0]?.breaches ?? 0 };
}
