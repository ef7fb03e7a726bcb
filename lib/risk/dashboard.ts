// What the dashboards show, computed on the server from the vendors' scores and records.
import { daysAfter, startOfUtcDay } from "@/lib/dates";
import { OPEN_STATUSES } from "@/lib/assessments/assessments";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { overdueWhere } from "@/lib/findings/findings";
import type { Availability, Tier } from "@/lib/generated/prisma/enums";
import { levelOf, weightsFor, type RiskLevel, type Tunables } from "./model";
import { Prisma } from "@/lib/generated/prisma/client";
import { freshScores, liveScores, refreshRiskScores, scoreOf, storedRisks, type StoredRisk } from "./stored";
import { readPage } from "@/lib/validation";

// The channel predicates of lib/channels/exposure.ts (canPushCode, privileged), in SQL.
const PUSHES = Prisma.sql`(c.privilege = 'CODE_EXECUTION' OR (c.direction = 'VENDOR_PUSHES' AND c.kind IN ('RMM', 'UPDATE_PUSH', 'MANAGED_AGENT')))`;
const PRIVILEGED = Prisma.sql`(${PUSHES} OR c.privilege IN ('ADMIN', 'CODE_EXECUTION'))`;

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

/** A stored score in the shape the lists show: the vendor, its score with factors. */
const asRanked = (r: StoredRisk) => ({ vendor: r.vendor, score: scoreOf(r) });

/** The stored scores a risk-list filter selects: a level, and a heat-map cell's bands (as band() draws them). */
function storedRiskWhere(filter: RiskListFilter): Prisma.VendorRiskScoreWhereInput {
  const within = (b: number) => ({ gte: b * (100 / BANDS), ...(b < BANDS - 1 ? { lt: (b + 1) * (100 / BANDS) } : {}) });
  return {
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.impactBand !== undefined ? { impact: within(filter.impactBand) } : {}),
    ...(filter.likelihoodBand !== undefined ? { likelihood: within(filter.likelihoodBand) } : {}),
  };
}

export const RISKS_PAGE_SIZE = 50;

/** One page of the vendors by residual risk, highest first, optionally one level or one heat-map cell. */
export async function rankedRisks(actor: Actor, filter: RiskListFilter = {}, page = 1) {
  const where = storedRiskWhere(filter);
  await freshScores(actor);
  const { items: rows, ...paging } = await readPage(
    page,
    RISKS_PAGE_SIZE,
    () => db().vendorRiskScore.count({ where: { ...liveScores(actor.organizationId), ...where } }),
    (skip, take) => storedRisks(actor, where, { take, skip }),
  );
  return { ...paging, rows: rows.map((r) => ({ ...asRanked(r), activeAlarms: r.activeAlarms })) };
}

/**
 * The level a heat-map cell stands for: the level of the residual score at the cell's centre, under the
 * organization's thresholds (a cell spans several residual scores; its centre is the typical vendor in it).
 */
export function cellLevel(impactBand: number, likelihoodBand: number, levels: Parameters<typeof levelOf>[1]): RiskLevel {
  const centre = (b: number) => (b + 0.5) * (100 / BANDS);
  return levelOf(Math.round((centre(impactBand) * centre(likelihoodBand)) / 100), levels);
}

/** How far back the dashboard's changes look. */
export const CHANGE_DAYS = 30;

/**
 * The portfolio on the last snapshot day at least CHANGE_DAYS before today: vendors at critical and high risk, and the
 * active Kaseya-pattern alarms (null when that day's snapshots did not record alarms). Null without such a day.
 */
async function portfolioBefore(organizationId: string, now: Date) {
  const [row] = await db().$queryRaw<{ day: Date; critical: number; high: number; alarms: number | null }[]>`
    WITH b AS (SELECT max(day) AS day FROM "RiskSnapshot" WHERE "organizationId" = ${organizationId} AND day <= ${daysAfter(-CHANGE_DAYS, now)}::date)
    SELECT b.day, count(*) FILTER (WHERE s.level = 'critical')::int AS critical, count(*) FILTER (WHERE s.level = 'high')::int AS high,
           CASE WHEN count(s."activeAlarms") = count(*) THEN sum(s."activeAlarms")::int END AS alarms
    FROM b JOIN "RiskSnapshot" s ON s."organizationId" = ${organizationId} AND s.day = b.day
    GROUP BY b.day`;
  return row ?? null;
}

/** Heat-map cells from the stored scores, counted by the database. */
export async function storedHeatMap(organizationId: string) {
  const cells = Array.from({ length: BANDS }, () => Array.from({ length: BANDS }, () => 0));
  const groups = await db().$queryRaw<{ i: number; l: number; n: number }[]>`
    SELECT LEAST(${BANDS - 1}, floor(s.impact / ${100 / BANDS}))::int AS i, LEAST(${BANDS - 1}, floor(s.likelihood / ${100 / BANDS}))::int AS l, count(*)::int AS n
    FROM "VendorRiskScore" s JOIN "Vendor" v ON v.id = s."vendorId"
    WHERE s."organizationId" = ${organizationId} AND v.status <> 'TERMINATED'
    GROUP BY 1, 2`;
  for (const g of groups) cells[g.i]![g.l] = g.n;
  return cells;
}

/**
 * Vendors whose alarms the dashboard spells out, and at most how many of each (a large provider has dozens of channels
 * that can push code); the rest are counted and a click away.
 */
const ALARMS_LISTED = 10;
export const ALARMS_PER_VENDOR = 3;

/**
 * The dashboards' figures, kept per organization, day and risk generation: every transaction that changes a risk
 * input raises the generation (database triggers), so a cached figure is never older than the records. Several
 * instances each keep their own; all read the same generation.
 */
const figures = new Map<string, { key: string; value: Promise<unknown> }>();
async function cachedFigures<T>(kind: string, actor: Actor, now: Date, compute: () => Promise<T>): Promise<T> {
  const { riskGeneration } = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { riskGeneration: true } });
  const slot = `${kind}:${actor.organizationId}`;
  const key = `${riskGeneration}:${startOfUtcDay(now).toISOString()}`;
  const cached = figures.get(slot);
  if (cached?.key === key) return cached.value as Promise<T>;
  const value = compute();
  figures.set(slot, { key, value });
  value.catch(() => figures.delete(slot));
  return value;
}

export async function securityDashboard(actor: Actor, now = new Date()) {
  return cachedFigures("security", actor, now, () => computeSecurityDashboard(actor, now));
}

async function computeSecurityDashboard(actor: Actor, now: Date) {
  const today = startOfUtcDay(now);
  const where = { organizationId: actor.organizationId };
  const live = liveScores(actor.organizationId);
  // Scores first: the counts below read them directly.
  await freshScores(actor, now);
  const [org, byLevel, before, top, heat, vendors, alarmRows, sums, slaBreachVendors, kevAlertVendors, overdueAssessments, overdueFindings, reviewsOverdue, renewals] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { riskWeights: true, riskWeightsRevision: true } }),
    db().vendorRiskScore.groupBy({ by: ["level"], where: { ...live, level: { in: ["critical", "high"] } }, _count: true }),
    portfolioBefore(actor.organizationId, now),
    storedRisks(actor, {}, { take: 10, asOf: now }),
    storedHeatMap(actor.organizationId),
    db().vendor.count({ where: { ...where, status: { not: "TERMINATED" } } }),
    // The riskiest vendors' alarms first; the count says how many there are in all.
    storedRisks(actor, { activeAlarms: { gt: 0 } }, { asOf: now, take: ALARMS_LISTED }),
    db().vendorRiskScore.aggregate({ where: live, _sum: { acceptedAlarms: true, activeAlarms: true } }),
    db().vendorRiskScore.count({ where: { ...live, slaBreaches: { gt: 0 } } }),
    db().vendorRiskScore.count({ where: { ...live, openKev: { gt: 0 } } }),
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
  const levels = weightsFor(org.riskWeights as Partial<Tunables> | null, org.riskWeightsRevision).levels;
  const atLevel = (level: RiskLevel) => byLevel.find((g) => g.level === level)?._count ?? 0;
  return {
    vendors,
    heatMap: heat,
    /** The level each heat-map cell stands for, in the same [impact][likelihood] layout. */
    heatMapLevels: heat.map((row, i) => row.map((_, l) => cellLevel(i, l, levels))),
    criticalVendors: atLevel("critical"),
    highVendors: atLevel("high"),
    /** What the counts were CHANGE_DAYS (or a little more) ago, from the risk snapshots, when there are any. */
    before,
    top: top.map(asRanked),
    alarms: alarmRows.flatMap((r) =>
      r.detail.alarms
        .filter((a) => !a.accepted)
        .slice(0, ALARMS_PER_VENDOR)
        .map((alarm) => ({ vendor: r.vendor, alarm })),
    ),
    alarmCount: sums._sum.activeAlarms ?? 0,
    acceptedAlarms: sums._sum.acceptedAlarms ?? 0,
    slaBreachVendors,
    kevAlertVendors,
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
  return cachedFigures("executive", actor, now, () => computeExecutiveDashboard(actor, now));
}

async function computeExecutiveDashboard(actor: Actor, now: Date) {
  const today = startOfUtcDay(now);
  const organizationId = actor.organizationId;
  await freshScores(actor, now);
  const [top, counts, important, assessedInInterval, channels, alarms] = await Promise.all([
    storedRisks(actor, {}, { take: 5, asOf: now }),
    db().$queryRaw<{ tier: Tier | null; level: RiskLevel; n: number }[]>`
      SELECT v.tier, s.level, count(*)::int AS n FROM "VendorRiskScore" s JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE s."organizationId" = ${organizationId} AND v.status <> 'TERMINATED' GROUP BY 1, 2`,
    db().vendor.count({ where: { organizationId, status: "ACTIVE", tier: { in: ["CRITICAL", "HIGH"] } } }),
    db().vendor.count({
      where: { organizationId, status: "ACTIVE", tier: { in: ["CRITICAL", "HIGH"] }, riskScore: { assessed: true }, OR: [{ nextReviewDate: null }, { nextReviewDate: { gte: today } }] },
    }),
    // Safeguards of the channels of vendors still in the portfolio, counted by the database.
    db().$queryRaw<{ privileged: number; privilegedMfa: number; push: number; pushTested: number }[]>`
      SELECT count(*) FILTER (WHERE ${PRIVILEGED})::int AS privileged,
             count(*) FILTER (WHERE ${PRIVILEGED} AND c."mfaEnforced")::int AS "privilegedMfa",
             count(*) FILTER (WHERE ${PUSHES})::int AS push,
             count(*) FILTER (WHERE ${PUSHES} AND c."killSwitchTestedAt" IS NOT NULL)::int AS "pushTested"
      FROM "AccessChannel" c JOIN "Vendor" v ON v.id = c."vendorId"
      WHERE c."organizationId" = ${organizationId} AND c."disabledAt" IS NULL AND v.status <> 'TERMINATED'`,
    db().vendorRiskScore.aggregate({ where: liveScores(organizationId), _sum: { activeAlarms: true } }),
  ]);
  const count = (filter: (c: (typeof counts)[number]) => boolean) => counts.filter(filter).reduce((n, c) => n + c.n, 0);
  const byLevel = LEVELS.map((level) => ({ level, count: count((c) => c.level === level) }));
  const byTier = TIERS.map((tier) => ({ tier, ...Object.fromEntries(LEVELS.map((level) => [level, count((c) => c.tier === tier && c.level === level)])) })) as ({
    tier: Tier | null;
  } & Record<RiskLevel, number>)[];
  const ch = channels[0]!;
  const coverage = {
    assessed: { part: assessedInInterval, whole: important, pct: pct(assessedInInterval, important) },
    mfa: { part: ch.privilegedMfa, whole: ch.privileged, pct: pct(ch.privilegedMfa, ch.privileged) },
    killSwitch: { part: ch.pushTested, whole: ch.push, pct: pct(ch.pushTested, ch.push) },
  };

  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  // Each month is represented by its last snapshot day; the database does the averaging.
  const trend = await db().$queryRaw<{ month: string; averageResidual: number; critical: number; high: number }[]>`
      WITH last_days AS (
        SELECT to_char(day, 'YYYY-MM') AS month, max(day) AS day FROM "RiskSnapshot"
        WHERE "organizationId" = ${organizationId} AND day >= ${since}::date GROUP BY 1)
      SELECT l.month, round(avg(s.residual))::int AS "averageResidual",
             count(*) FILTER (WHERE s.level = 'critical')::int AS critical, count(*) FILTER (WHERE s.level = 'high')::int AS high
      FROM last_days l JOIN "RiskSnapshot" s ON s."organizationId" = ${organizationId} AND s.day = l.day
      GROUP BY l.month ORDER BY l.month`;

  return {
    vendors: counts.reduce((n, c) => n + c.n, 0),
    byLevel,
    byTier,
    coverage,
    trend,
    topExposures: top.map((r) => ({ vendor: r.vendor, score: scoreOf(r), sentence: `${r.vendor.name} ${r.detail.factors[0]?.text ?? "has no recorded exposure"}.` })),
    activeAlarms: alarms._sum.activeAlarms ?? 0,
  };
}

/** The daily job: every score brought up to date, then one snapshot per vendor and day (idempotent). */
export async function snapshotRiskScores(now = new Date()) {
  const day = startOfUtcDay(now);
  const orgs = await db().organization.findMany({ select: { id: true } });
  let written = 0;
  for (const org of orgs) {
    if (await db().riskSnapshot.findFirst({ where: { organizationId: org.id, day }, select: { vendorId: true } })) continue;
    await refreshRiskScores(org.id, now);
    written += await db().$executeRaw`
      INSERT INTO "RiskSnapshot" ("organizationId", "vendorId", day, impact, likelihood, residual, level, "weightsVersion", "activeAlarms")
      SELECT s."organizationId", s."vendorId", ${day}::date, s.impact, s.likelihood, s.residual, s.level, s."weightsVersion", s."activeAlarms"
      FROM "VendorRiskScore" s JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE s."organizationId" = ${org.id} AND v.status <> 'TERMINATED'
      ON CONFLICT DO NOTHING`;
    // The executive trend reads the snapshots: a new day's snapshots are a new generation of the dashboards' figures.
    await db().organization.update({ where: { id: org.id }, data: { riskGeneration: { increment: 1 } } });
  }
  return written;
}

/** Each readiness check lists this many items, riskiest vendors first, and counts the rest. */
export const READINESS_LISTED = 20;

/**
 * Before a holiday or a long weekend (when the Kaseya attack was launched): what would leave us exposed. Each check
 * counts its open items and lists the first few, riskiest vendors first: a large portfolio has thousands.
 */
export async function holidayReadiness(actor: Actor, now = new Date()) {
  const organizationId = actor.organizationId;
  const live = liveScores(organizationId);
  await freshScores(actor, now);
  const [noContact, untested, kev, kevCount, breaches, breachCount, alarmRows, alarmSums] = await Promise.all([
    db().$queryRaw<{ id: string; name: string; securityContactAvailability: Availability | null; total: number }[]>`
      SELECT v.id, v.name, sc.availability AS "securityContactAvailability", count(*) OVER ()::int AS total
      FROM "Vendor" v LEFT JOIN "VendorRiskScore" s ON s."vendorId" = v.id
        LEFT JOIN LATERAL (
          SELECT c.availability FROM "VendorContact" c WHERE c."vendorId" = v.id AND c."isSecurityContact" ORDER BY c."createdAt", c.id LIMIT 1
        ) sc ON true
      WHERE v."organizationId" = ${organizationId} AND v.status <> 'TERMINATED' AND (v.tier = 'CRITICAL' OR v."criticalFunction")
        AND sc.availability IS DISTINCT FROM 'ALWAYS'
        AND EXISTS (SELECT 1 FROM "AccessChannel" c WHERE c."vendorId" = v.id AND c."disabledAt" IS NULL AND ${PUSHES})
      ORDER BY s.residual DESC NULLS LAST, v.name, v.id
      LIMIT ${READINESS_LISTED}`,
    db().$queryRaw<{ id: string; name: string; channel: string; total: number }[]>`
      SELECT v.id, v.name, c.name AS channel, count(*) OVER ()::int AS total
      FROM "AccessChannel" c JOIN "Vendor" v ON v.id = c."vendorId" LEFT JOIN "VendorRiskScore" s ON s."vendorId" = v.id
      WHERE c."organizationId" = ${organizationId} AND c."disabledAt" IS NULL AND c."killSwitchTestedAt" IS NULL AND ${PUSHES}
        AND v.status <> 'TERMINATED'
      ORDER BY s.residual DESC NULLS LAST, v.name, c.name, c.id
      LIMIT ${READINESS_LISTED}`,
    storedRisks(actor, { openKev: { gt: 0 } }, { take: READINESS_LISTED, asOf: now }),
    db().vendorRiskScore.count({ where: { ...live, openKev: { gt: 0 } } }),
    storedRisks(actor, { slaBreaches: { gt: 0 } }, { take: READINESS_LISTED, asOf: now }),
    db().vendorRiskScore.count({ where: { ...live, slaBreaches: { gt: 0 } } }),
    storedRisks(actor, { activeAlarms: { gt: 0 } }, { take: READINESS_LISTED, asOf: now }),
    db().vendorRiskScore.aggregate({ where: live, _sum: { activeAlarms: true } }),
  ]);
  return {
    noAroundTheClockContact: {
      total: noContact[0]?.total ?? 0,
      items: noContact.map(({ id, name, securityContactAvailability }) => ({ vendor: { id, name, securityContactAvailability } })),
    },
    untestedKillSwitches: { total: untested[0]?.total ?? 0, items: untested.map(({ id, name, channel }) => ({ vendor: { id, name }, channel })) },
    openKev: { total: kevCount, items: kev.map((r) => ({ vendor: r.vendor, count: r.openKev })) },
    slaBreaches: { total: breachCount, items: breaches.map((r) => ({ vendor: r.vendor, count: r.slaBreaches })) },
    alarms: {
      total: alarmSums._sum.activeAlarms ?? 0,
      items: alarmRows.flatMap((r) => r.detail.alarms.filter((a) => !a.accepted).map((alarm) => ({ vendor: r.vendor, alarm }))).slice(0, READINESS_LISTED),
    },
  };
}
