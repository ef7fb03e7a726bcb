// What the dashboards show, computed on the server from the vendors' scores and records.
import { daysAfter, startOfUtcDay } from "@/lib/dates";
import { OPEN_STATUSES } from "@/lib/assessments/assessments";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { overdueWhere } from "@/lib/findings/findings";
import type { Tier } from "@/lib/generated/prisma/enums";
import type { RiskLevel } from "./model";
import { loadVendorRisks, type VendorRiskRow } from "./vendor-risk";

export const LEVELS: RiskLevel[] = ["critical", "high", "medium", "low"];
/** The heat map has five bands of 20 points on each axis. */
export const BANDS = 5;
export const band = (value: number) => Math.min(BANDS - 1, Math.floor(value / (100 / BANDS)));

export interface RiskListFilter {
  level?: RiskLevel;
  /** Heat-map cell: impact band and likelihood band, 0–4. */
  impactBand?: number;
  likelihoodBand?: number;
}

/** Vendors by residual risk, highest first, optionally one level or one heat-map cell. */
export function rankRisks(rows: VendorRiskRow[], filter: RiskListFilter = {}) {
  return rows
    .filter((r) => !filter.level || r.score.level === filter.level)
    .filter((r) => filter.impactBand === undefined || band(r.score.impact) === filter.impactBand)
    .filter((r) => filter.likelihoodBand === undefined || band(r.score.likelihood) === filter.likelihoodBand)
    .sort((a, b) => b.score.residual - a.score.residual || a.vendor.name.localeCompare(b.vendor.name));
}

export function heatMap(rows: VendorRiskRow[]) {
  const cells = Array.from({ length: BANDS }, () => Array.from({ length: BANDS }, () => 0));
  for (const r of rows) cells[band(r.score.impact)]![band(r.score.likelihood)]! += 1;
  return cells; // cells[impactBand][likelihoodBand]
}

export async function securityDashboard(actor: Actor, now = new Date()) {
  const rows = await loadVendorRisks(actor, { asOf: now });
  const today = startOfUtcDay(now);
  const where = { organizationId: actor.organizationId };
  const [overdueAssessments, overdueFindings, reviewsOverdue, renewals] = await Promise.all([
    db().assessment.count({ where: { ...where, status: { in: OPEN_STATUSES }, dueDate: { lt: today } } }),
    db().finding.count({ where: { ...where, ...overdueWhere(now) } }),
    db().vendor.count({ where: { ...where, status: { in: ["ACTIVE", "PROSPECT"] }, nextReviewDate: { lt: today } } }),
    db().vendor.findMany({
      where: {
        ...where,
        status: { not: "TERMINATED" },
        OR: [{ renewalDate: { gte: today, lte: daysAfter(90, now) } }, { contractEnd: { gte: today, lte: daysAfter(90, now) } }],
      },
      select: { id: true, name: true, renewalDate: true, contractEnd: true, noticePeriodDays: true },
      orderBy: { name: "asc" },
      take: 20,
    }),
  ]);
  const alarms = rows.flatMap((r) => r.alarms.filter((a) => !a.accepted).map((a) => ({ vendor: r.vendor, alarm: a })));
  return {
    vendors: rows.length,
    heatMap: heatMap(rows),
    top: rankRisks(rows).slice(0, 10),
    alarms,
    acceptedAlarms: rows.reduce((n, r) => n + r.alarms.filter((a) => a.accepted).length, 0),
    slaBreaches: rows.filter((r) => r.inputs.slaBreaches > 0).map((r) => ({ vendor: r.vendor, count: r.inputs.slaBreaches })),
    kevAlerts: rows.filter((r) => r.inputs.openKev > 0).map((r) => ({ vendor: r.vendor, count: r.inputs.openKev })),
    overdueAssessments,
    overdueFindings,
    reviewsOverdue,
    renewals: renewals
      .map((v) => ({ ...v, date: [v.renewalDate, v.contractEnd].filter((d): d is Date => !!d && d >= today).sort((a, b) => a.getTime() - b.getTime())[0]! }))
      .sort((a, b) => a.date.getTime() - b.date.getTime()),
  };
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : null);
const TIERS: (Tier | null)[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", null];

export async function executiveDashboard(actor: Actor, now = new Date()) {
  const rows = await loadVendorRisks(actor, { asOf: now });
  const today = startOfUtcDay(now);
  const byLevel = LEVELS.map((level) => ({ level, count: rows.filter((r) => r.score.level === level).length }));
  const byTier = TIERS.map((tier) => ({
    tier,
    ...Object.fromEntries(LEVELS.map((level) => [level, rows.filter((r) => r.vendor.tier === tier && r.score.level === level).length])),
  })) as ({ tier: Tier | null } & Record<RiskLevel, number>)[];

  // NIS-2 coverage: critical and high suppliers assessed within their review interval; safeguards of channels.
  const important = rows.filter((r) => (r.vendor.tier === "CRITICAL" || r.vendor.tier === "HIGH") && r.vendor.status === "ACTIVE");
  const assessedInInterval = important.filter((r) => r.inputs.controlScore !== null && (!r.vendor.nextReviewDate || r.vendor.nextReviewDate >= today));
  const channels = rows.flatMap((r) => r.inputs.channels);
  const privileged = channels.filter((c) => c.canPushCode || c.privilege === "ADMIN" || c.privilege === "CODE_EXECUTION");
  const pushCapable = channels.filter((c) => c.canPushCode);
  const coverage = {
    assessed: { part: assessedInInterval.length, whole: important.length, pct: pct(assessedInInterval.length, important.length) },
    mfa: { part: privileged.filter((c) => c.mfaEnforced).length, whole: privileged.length, pct: pct(privileged.filter((c) => c.mfaEnforced).length, privileged.length) },
    killSwitch: { part: pushCapable.filter((c) => c.killSwitchTested).length, whole: pushCapable.length, pct: pct(pushCapable.filter((c) => c.killSwitchTested).length, pushCapable.length) },
  };

  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  const snapshots = await db().riskSnapshot.findMany({
    where: { organizationId: actor.organizationId, day: { gte: since } },
    select: { day: true, residual: true, level: true },
    orderBy: { day: "asc" },
  });
  // Each month is represented by its last snapshot day.
  const lastDayOfMonth = new Map<string, number>();
  for (const s of snapshots) lastDayOfMonth.set(s.day.toISOString().slice(0, 7), Math.max(lastDayOfMonth.get(s.day.toISOString().slice(0, 7)) ?? 0, s.day.getTime()));
  const trend = [...lastDayOfMonth.entries()].map(([month, day]) => {
    const ofDay = snapshots.filter((s) => s.day.getTime() === day);
    return {
      month,
      averageResidual: Math.round(ofDay.reduce((sum, s) => sum + s.residual, 0) / ofDay.length),
      critical: ofDay.filter((s) => s.level === "critical").length,
      high: ofDay.filter((s) => s.level === "high").length,
    };
  });

  const top = rankRisks(rows).slice(0, 5);
  return {
    vendors: rows.length,
    byLevel,
    byTier,
    coverage,
    trend,
    topExposures: top.map((r) => ({ vendor: r.vendor, score: r.score, sentence: `${r.vendor.name} ${r.score.factors[0]?.text ?? "has no recorded exposure"}.` })),
    activeAlarms: rows.reduce((n, r) => n + r.alarms.filter((a) => !a.accepted).length, 0),
  };
}

/** The daily job: one snapshot per vendor and day, for every organization (idempotent). */
export async function snapshotRiskScores(now = new Date()) {
  const day = startOfUtcDay(now);
  const orgs = await db().organization.findMany({ select: { id: true, name: true } });
  let written = 0;
  for (const org of orgs) {
    if (await db().riskSnapshot.findFirst({ where: { organizationId: org.id, day }, select: { vendorId: true } })) continue;
    const system: Actor = { sessionId: "system", userId: "system", email: "system", name: "Chainward", membershipId: "system", organizationId: org.id, organizationName: org.name, role: "ADMIN", vendorId: null, ip: null };
    const rows = await loadVendorRisks(system, { asOf: now });
    const { count } = await db().riskSnapshot.createMany({
      data: rows.map((r) => ({
        organizationId: org.id,
        vendorId: r.vendor.id,
        day,
        impact: r.score.impact,
        likelihood: r.score.likelihood,
        residual: r.score.residual,
        level: r.score.level,
        weightsVersion: r.score.weightsVersion,
      })),
      skipDuplicates: true,
    });
    written += count;
  }
  return written;
}

/** Before a holiday or a long weekend (when the Kaseya attack was launched): what would leave us exposed. */
export async function holidayReadiness(actor: Actor, now = new Date()) {
  const rows = await loadVendorRisks(actor, { asOf: now });
  const pushCapable = (r: VendorRiskRow) => r.inputs.channels.filter((c) => c.canPushCode);
  return {
    noAroundTheClockContact: rows.filter(
      (r) => (r.vendor.tier === "CRITICAL" || r.vendor.criticalFunction) && pushCapable(r).length > 0 && r.vendor.securityContactAvailability !== "ALWAYS",
    ),
    openKev: rows.filter((r) => r.inputs.openKev > 0),
    untestedKillSwitches: rows.flatMap((r) => pushCapable(r).filter((c) => !c.killSwitchTested).map((c) => ({ vendor: r.vendor, channel: c.name }))),
    slaBreaches: rows.filter((r) => r.inputs.slaBreaches > 0),
    alarms: rows.flatMap((r) => r.alarms.filter((a) => !a.accepted).map((a) => ({ vendor: r.vendor, alarm: a }))),
  };
}
