// Patch-SLA breaches counted by the database, by the rules of sla.ts (assessPatch): a portfolio's ledger has hundreds
// of thousands of entries, which the risk scores and the vendor list's filter need only as a count per vendor.
// lib/vendors/list.test.ts checks these counts against assessPatch on generated ledgers.
import { db } from "@/lib/db";

/** Breached ledger entries per vendor (vendors without any left out), for the whole organization or some vendors. */
export async function slaBreachCounts(organizationId: string, asOf: Date, vendorIds: string[] | null = null): Promise<Map<string, number>> {
  const today = asOf.toISOString().slice(0, 10);
  const rows = await db().$queryRaw<{ vendorId: string; breaches: number }[]>`
    SELECT p."vendorId", count(*)::int AS breaches
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
    WHERE v."organizationId" = ${organizationId} AND (${vendorIds}::text[] IS NULL OR p."vendorId" = ANY(${vendorIds}::text[]))
      AND (
        -- The vendor's side: disclosed → fix released (or still running today).
        (a.allowed IS NOT NULL AND GREATEST(0, COALESCE(v."fixReleasedAt", ${today}::date) - v."disclosedAt") > a.allowed)
        -- Ours: fix released → deployed, against the KEV due date when CISA lists the flaw.
        OR (v."fixReleasedAt" IS NOT NULL
            AND GREATEST(0, COALESCE(v."deployedAt", ${today}::date) - v."fixReleasedAt")
                > COALESCE(CASE WHEN k."dueDate" IS NOT NULL THEN GREATEST(0, k."dueDate" - v."fixReleasedAt") END, a.allowed))
      )
    GROUP BY p."vendorId"`;
  return new Map(rows.map((r) => [r.vendorId, r.breaches]));
}
