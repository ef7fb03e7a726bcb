// A year of the demo's risk history, so the executive trend tells a story from the first run: one snapshot at the end
// of each of the last twelve months, worse the further back (the portfolio has been improving), ending near today's
// scores; the Kaseya-pattern alarms open today were open all year. Written once: a snapshot already there for a vendor and day is kept.
import { db } from "@/lib/db";
import { WEIGHTS } from "@/lib/risk/model";
import { refreshRiskScores } from "@/lib/risk/stored";

const levelOf = (residual: number) =>
  residual >= WEIGHTS.levels.critical ? "critical" : residual >= WEIGHTS.levels.high ? "high" : residual >= WEIGHTS.levels.medium ? "medium" : "low";

export async function seedScoreHistory(organizationId: string, now = new Date()): Promise<number> {
  await refreshRiskScores(organizationId, now);
  const scores = await db().vendorRiskScore.findMany({ where: { organizationId }, select: { vendorId: true, impact: true, likelihood: true, residual: true, weightsVersion: true, activeAlarms: true } });
  const rows = [];
  for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
    // The last day of that month.
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0));
    // Four points of likelihood more for every month back: fixes deployed, MFA rolled out, findings closed since.
    const worse = 1 + 0.04 * monthsAgo;
    for (const s of scores) {
      const likelihood = Math.min(100, Math.round(s.likelihood * worse * 10) / 10);
      const residual = Math.min(100, Math.round((s.impact * likelihood) / 100));
      rows.push({ organizationId, vendorId: s.vendorId, day, impact: s.impact, likelihood, residual, level: levelOf(residual), weightsVersion: s.weightsVersion, activeAlarms: s.activeAlarms });
    }
  }
  const { count } = await db().riskSnapshot.createMany({ data: rows, skipDuplicates: true });
  return count;
}
