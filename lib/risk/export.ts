// The scores and their factors as CSV, one row per vendor, for spreadsheets and auditors.
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusLabels, tierLabels } from "@/lib/vendors/labels";
import { freshScores, liveScores, readStoredRisks, type StoredRisk } from "./stored";

export const RISK_CSV_HEADER = [
  "vendor",
  "tier",
  "status",
  "residual",
  "level",
  "impact",
  "likelihood",
  "weights_version",
  "factors",
  "active_kaseya_alarms",
  "accepted_kaseya_alarms",
];

const row = (r: StoredRisk) => [
  r.vendor.name,
  r.vendor.tier ? tierLabels[r.vendor.tier] : "",
  statusLabels[r.vendor.status],
  r.residual,
  r.level,
  r.impact,
  r.likelihood,
  r.weightsVersion,
  r.detail.factors.map((f) => `+${f.points} ${f.part}: ${f.text}`).join(" | "),
  r.detail.alarms.filter((a) => !a.accepted).map((a) => `${a.channel}: ${a.reasons.join("; ")}`).join(" | "),
  r.detail.alarms.filter((a) => a.accepted).map((a) => `${a.channel} until ${a.accepted!.until.slice(0, 10)}`).join(" | "),
];

/**
 * How many vendors the export holds, and the export itself: riskiest first (then by vendor name), read `batch` scores at
 * a time after the one before, so memory stays flat however large the portfolio. The scores are brought up to date
 * once, before the count: every batch reads the same scores.
 */
export async function riskCsvPages(actor: Actor, batch = 1000) {
  await freshScores(actor);
  const rows = await db().vendorRiskScore.count({ where: liveScores(actor.organizationId) });
  const orderBy = [{ residual: "desc" }, { vendor: { name: "asc" } }, { vendorId: "asc" }] satisfies Prisma.VendorRiskScoreOrderByWithRelationInput[];
  async function* pages() {
    let after: StoredRisk | null = null;
    for (;;) {
      const keyset: Prisma.VendorRiskScoreWhereInput = after
        ? {
            OR: [
              { residual: { lt: after.residual } },
              { residual: after.residual, vendor: { name: { gt: after.vendor.name } } },
              { residual: after.residual, vendor: { name: after.vendor.name }, vendorId: { gt: after.vendorId } },
            ],
          }
        : {};
      const page = await readStoredRisks(actor, keyset, { orderBy, take: batch });
      if (!page.length) return;
      yield page.map(row);
      after = page[page.length - 1]!;
    }
  }
  return { rows, pages };
}
