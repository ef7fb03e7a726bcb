// Stored risk scores: the portfolio views read VendorRiskScore instead of recomputing every vendor on every request.
// Database triggers count changes to each vendor's inputs (migration "stored_risk_scores"); before reading, the
// scores whose count moved, or that were computed for another day, are recomputed from the records, a chunk at a
// time. A score is therefore never older than the records it comes from.
import { cache } from "react";
import type { Actor } from "@/lib/auth/guard";
import { startOfUtcDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KaseyaAlarm } from "./kaseya";
import type { RiskFactor, RiskLevel, RiskScore } from "./model";
import { loadVendorRisks, type VendorRiskRow } from "./vendor-risk";

const CHUNK = 1000;
const PARALLEL = 3;
/** Scores rewritten at once above which the table is vacuumed straight away. */
const VACUUM_AFTER = 1000;

/** What the lists and dashboards show of a vendor's score, stored with it. */
export interface RiskDetail {
  factors: RiskFactor[];
  alarms: (Omit<KaseyaAlarm, "accepted"> & { accepted?: { until: string; byEmail: string; justification: string } })[];
}

function detailOf(row: VendorRiskRow): RiskDetail {
  return {
    factors: row.score.factors,
    alarms: row.alarms.map((a) => (a.accepted ? { ...a, accepted: { ...a.accepted, until: a.accepted.until.toISOString() } } : { ...a, accepted: undefined })),
  };
}

export const systemActor = (organization: { id: string; name: string }): Actor => ({
  sessionId: "system",
  userId: "system",
  email: "system",
  name: "Chainward",
  membershipId: "system",
  organizationId: organization.id,
  organizationName: organization.name,
  role: "ADMIN",
  vendorId: null,
  ip: null,
});

/**
 * Recomputes the organization's out-of-date scores (all of them with `everything`), `chunk` vendors at a time, and
 * returns how many it wrote. A change that lands while a chunk is being computed leaves its score out of date, to be
 * recomputed next time.
 */
export async function refreshRiskScores(organizationId: string, asOf = new Date(), everything = false, chunk = CHUNK): Promise<number> {
  const day = startOfUtcDay(asOf);
  // Changed inputs, or computed for another day: two index lookups, which find nothing when all is current.
  const stale = everything
    ? await db().$queryRaw<{ vendorId: string; changes: number }[]>`SELECT "vendorId", changes FROM "VendorRiskScore" WHERE "organizationId" = ${organizationId}`
    : await db().$queryRaw<{ vendorId: string; changes: number }[]>`
        SELECT "vendorId", changes FROM "VendorRiskScore" WHERE "organizationId" = ${organizationId} AND stale
        UNION
        SELECT "vendorId", changes FROM "VendorRiskScore"
        WHERE "organizationId" = ${organizationId} AND ("asOfDay" IS NULL OR "asOfDay" < ${day}::date OR "asOfDay" > ${day}::date)`;
  if (!stale.length) return 0;
  // Scores rewritten, perhaps for another day: the next reader checks again.
  currentAt.delete(organizationId);
  const org = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { id: true, name: true } });
  const actor = systemActor(org);
  const write = async (part: typeof stale) => {
    const changesOf = new Map(part.map((s) => [s.vendorId, s.changes]));
    const rows = await loadVendorRisks(actor, { vendorIds: part.map((s) => s.vendorId), asOf });
    // One statement per chunk, its rows as one JSON parameter: thousands of single-row updates, or a dozen arrays
    // of escaped strings, would cost more than computing the scores.
    const values = rows.map((r) => ({
      id: r.vendor.id,
      changes: changesOf.get(r.vendor.id)!,
      impact: r.score.impact,
      likelihood: r.score.likelihood,
      residual: r.score.residual,
      level: r.score.level,
      weights: r.score.weightsVersion,
      active: r.alarms.filter((a) => !a.accepted).length,
      accepted: r.alarms.filter((a) => a.accepted).length,
      breaches: r.inputs.slaBreaches,
      kev: r.inputs.openKev,
      assessed: r.inputs.controlScore !== null,
      detail: detailOf(r),
    }));
    // The rows are locked first, skipping any another transaction holds (a concurrent refresh, or a change that
    // will leave them stale again): a refresh never waits for a lock, so it can never deadlock.
    return db().$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ vendorId: string }[]>`
        SELECT "vendorId" FROM "VendorRiskScore" WHERE "vendorId" = ANY(${values.map((v) => v.id)}::text[]) FOR UPDATE SKIP LOCKED`;
      const mine = new Set(locked.map((l) => l.vendorId));
      if (mine.size < values.length) skipped.add(organizationId);
      return tx.$executeRaw`
        UPDATE "VendorRiskScore" s SET
          "computedChanges" = u.changes, stale = s.changes <> u.changes, "asOfDay" = ${day}::date, impact = u.impact, likelihood = u.likelihood,
          residual = u.residual, level = u.level, "weightsVersion" = u.weights, "activeAlarms" = u.active, "acceptedAlarms" = u.accepted,
          "slaBreaches" = u.breaches, "openKev" = u.kev, assessed = u.assessed, detail = u.detail
        FROM jsonb_to_recordset(${JSON.stringify(values.filter((v) => mine.has(v.id)))}::jsonb) AS u(
          id text, changes int, impact float8, likelihood float8, residual int, level text, weights text, active int, accepted int,
          breaches int, kev int, assessed boolean, detail jsonb)
        WHERE s."vendorId" = u.id`;
    });
  };
  // Several chunks at a time, each worker taking the next as soon as it is done: one is computed in JavaScript while
  // the database answers the others' queries.
  const parts = Array.from({ length: Math.ceil(stale.length / chunk) }, (_, i) => stale.slice(i * chunk, (i + 1) * chunk));
  let written = 0;
  const worker = async () => {
    for (let part = parts.shift(); part; part = parts.shift()) {
      const n = await write(part);
      written += n;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // A large rewrite (the daily recomputation) leaves a dead index entry per row until vacuum runs, and every stale-score
  // check steps over them meanwhile; and it turns every score from stale to current, which the planner learns only
  // from fresh statistics: until then it expects thousands of stale scores and scans the whole table for them on
  // every page view. Clean up and count at once rather than leave the next page views to pay for it.
  if (written >= VACUUM_AFTER) await db().$executeRawUnsafe(`VACUUM (ANALYZE) "VendorRiskScore"`);
  return written;
}

const vendorFields = { id: true, name: true, tier: true, status: true, criticalFunction: true, nextReviewDate: true } as const;

export type StoredRisk = Prisma.VendorRiskScoreGetPayload<{ include: { vendor: { select: typeof vendorFields } } }> & { level: RiskLevel; detail: RiskDetail };

// Each organization's risk generation (raised by every transaction that changes a risk input) when this process last
// found its scores current, with the day: while neither has moved, even the (indexed) check for stale scores is
// skipped.
const currentAt = new Map<string, string>();

/** Organizations whose last refresh left rows to another transaction: they are not known to be current. */
const skipped = new Set<string>();
/** Refreshes under way in this process, which concurrent requests join instead of repeating. */
const underWay = new Map<string, Promise<number>>();

async function refreshIfChanged(organizationId: string, day: string): Promise<number> {
  const { riskGeneration } = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { riskGeneration: true } });
  const key = `${riskGeneration}:${day}`;
  if (currentAt.get(organizationId) === key) return 0;
  const slot = `${organizationId}:${key}`;
  let refresh = underWay.get(slot);
  if (!refresh) {
    skipped.delete(organizationId);
    refresh = refreshRiskScores(organizationId, new Date(`${day}T12:00:00Z`)).then((written) => {
      if (!skipped.has(organizationId)) currentAt.set(organizationId, key);
      return written;
    });
    underWay.set(slot, refresh);
    void refresh.finally(() => underWay.delete(slot)).catch(() => {});
  }
  return refresh;
}

/** Once per request and day: a page that reads scores several times checks for stale ones once. */
const refreshForRequest = cache(refreshIfChanged);

/** Brings the organization's stored scores up to date for the day of `asOf` (once per request). */
export async function freshScores(actor: Actor, asOf = new Date()) {
  if (actor.role !== "VENDOR") await refreshForRequest(actor.organizationId, asOf.toISOString().slice(0, 10));
}

/** The stored scores of the organization's vendors that are still in the portfolio (not terminated). */
export const liveScores = (organizationId: string) => ({ organizationId, vendor: { status: { not: "TERMINATED" as const } } }) satisfies Prisma.VendorRiskScoreWhereInput;

type StoredRiskOptions = { orderBy?: Prisma.VendorRiskScoreOrderByWithRelationInput[]; take?: number; skip?: number; asOf?: Date };

/** Current stored scores of the organization's vendors (terminated ones left out), after refreshing what is stale. */
export async function storedRisks(actor: Actor, where: Prisma.VendorRiskScoreWhereInput = {}, options: StoredRiskOptions = {}) {
  if (actor.role === "VENDOR") return [];
  await freshScores(actor, options.asOf);
  return readStoredRisks(actor, where, options);
}

/** The same, as stored: for a caller that brought the scores up to date once and then reads them in many batches. */
export async function readStoredRisks(actor: Actor, where: Prisma.VendorRiskScoreWhereInput = {}, options: StoredRiskOptions = {}) {
  if (actor.role === "VENDOR") return [];
  return (await db().vendorRiskScore.findMany({
    where: { ...liveScores(actor.organizationId), ...where },
    include: { vendor: { select: vendorFields } },
    orderBy: options.orderBy ?? [{ residual: "desc" }, { vendor: { name: "asc" } }],
    take: options.take,
    skip: options.skip,
  })) as StoredRisk[];
}

/** A stored score as the model states it. */
export const scoreOf = (r: StoredRisk): RiskScore => ({
  impact: r.impact,
  likelihood: r.likelihood,
  residual: r.residual,
  level: r.level,
  factors: r.detail.factors,
  weightsVersion: r.weightsVersion,
});

/** One vendor's current score and Kaseya-pattern alarms (terminated vendors too), from its stored score. */
export async function storedVendorRisk(actor: Actor, vendorId: string): Promise<{ score: RiskScore; alarms: KaseyaAlarm[] } | null> {
  if (actor.role === "VENDOR") return null;
  await freshScores(actor);
  const stored = (await db().vendorRiskScore.findFirst({ where: { organizationId: actor.organizationId, vendorId }, include: { vendor: { select: vendorFields } } })) as StoredRisk | null;
  if (!stored) return null;
  return {
    score: scoreOf(stored),
    alarms: stored.detail.alarms.map((a) => (a.accepted ? { ...a, accepted: { ...a.accepted, until: new Date(a.accepted.until) } } : { ...a, accepted: undefined })),
  };
}
