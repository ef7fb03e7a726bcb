// The scores and their factors as CSV, one row per vendor, for spreadsheets and auditors.
import type { Actor } from "@/lib/auth/guard";
import { rankRisks } from "./dashboard";
import { loadVendorRisks } from "./vendor-risk";

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

export async function riskCsvRows(actor: Actor): Promise<unknown[][]> {
  return rankRisks(await loadVendorRisks(actor)).map((r) => [
    r.vendor.name,
    r.vendor.tier ?? "",
    r.vendor.status,
    r.score.residual,
    r.score.level,
    r.score.impact,
    r.score.likelihood,
    r.score.weightsVersion,
    r.score.factors.map((f) => `+${f.points} ${f.part}: ${f.text}`).join(" | "),
    r.alarms.filter((a) => !a.accepted).map((a) => `${a.channel}: ${a.reasons.join("; ")}`).join(" | "),
    r.alarms.filter((a) => a.accepted).map((a) => `${a.channel} until ${a.accepted!.until.toISOString().slice(0, 10)}`).join(" | "),
  ]);
}
