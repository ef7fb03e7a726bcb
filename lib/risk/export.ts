// The scores and their factors as CSV, one row per vendor, for spreadsheets and auditors.
import type { Actor } from "@/lib/auth/guard";
import { storedRisks } from "./stored";

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
  return (await storedRisks(actor)).map((r) => [
    r.vendor.name,
    r.vendor.tier ?? "",
    r.vendor.status,
    r.residual,
    r.level,
    r.impact,
    r.likelihood,
    r.weightsVersion,
    r.detail.factors.map((f) => `+${f.points} ${f.part}: ${f.text}`).join(" | "),
    r.detail.alarms.filter((a) => !a.accepted).map((a) => `${a.channel}: ${a.reasons.join("; ")}`).join(" | "),
    r.detail.alarms.filter((a) => a.accepted).map((a) => `${a.channel} until ${a.accepted!.until.slice(0, 10)}`).join(" | "),
  ]);
}
