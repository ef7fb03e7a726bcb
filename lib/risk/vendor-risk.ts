// Gathers vendors' records into the risk model's inputs, for one vendor or the whole portfolio in a fixed number of
// queries. The model itself (model.ts) never touches the database.
import type { Actor } from "@/lib/auth/guard";
import { startOfUtcDay, daysUntil } from "@/lib/dates";
import { canPushCode } from "@/lib/channels/exposure";
import { db } from "@/lib/db";
import type { ChannelDirection, ChannelKind, Privilege, Severity, Tier } from "@/lib/generated/prisma/enums";
import { Prisma, type Vendor } from "@/lib/generated/prisma/client";
import { openKevCounts } from "@/lib/kev/kev";
import { slaBreachCounts } from "@/lib/patching/breaches";
import { kaseyaPatternAlarms, type KaseyaAlarm } from "./kaseya";
import { computeVendorRisk, weightsFor, type RiskInputs, type RiskScore, type Tunables } from "./model";

/** How a channel's kind reads inside a sentence ("through an always-on RMM channel"). */
const kindWords: Record<ChannelKind, string> = {
  RMM: "RMM",
  REMOTE_SUPPORT: "remote support",
  VPN: "VPN",
  UPDATE_PUSH: "update push",
  API: "API",
  SSO_FEDERATION: "SSO federation",
  MANAGED_AGENT: "managed agent",
  FILE_TRANSFER: "file transfer",
  EDI: "EDI",
  OTHER: "",
};

/** An enabled channel with the criticality of each system it reaches. */
interface ChannelFacts {
  id: string;
  vendorId: string;
  name: string;
  kind: ChannelKind;
  direction: ChannelDirection;
  privilege: Privilege;
  mfaEnforced: boolean;
  alwaysOn: boolean;
  monitored: boolean;
  consoleInternetExposed: boolean;
  killSwitchTested: boolean;
  systems: Tier[];
}

/** The vendor's own fields a score and its lists use. */
export type RiskVendor = Pick<
  Vendor,
  "id" | "name" | "tier" | "status" | "criticalFunction" | "dataSensitivity" | "substitutability" | "nextReviewDate" | "renewalDate" | "contractEnd"
>;

export interface VendorRiskRow {
  vendor: RiskVendor;
  inputs: RiskInputs;
  score: RiskScore;
  /** Every Kaseya-pattern alarm; accepted ones carry `accepted`. */
  alarms: KaseyaAlarm[];
}

const groupBy = <T, K>(items: T[], key: (t: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

/**
 * Scores of the organization's vendors (all but terminated ones, or exactly `vendorIds`), each from its own records
 * only: no other vendor's data enters a vendor's score.
 */
export async function loadVendorRisks(actor: Actor, options: { vendorIds?: string[]; asOf?: Date } = {}): Promise<VendorRiskRow[]> {
  if (actor.role === "VENDOR") return [];
  const asOf = options.asOf ?? new Date();
  const organizationId = actor.organizationId;
  const ids =
    options.vendorIds ?? (await db().vendor.findMany({ where: { organizationId, status: { not: "TERMINATED" } }, select: { id: true } })).map((v) => v.id);
  if (!ids.length) return [];
  // Plain SQL throughout: the daily recomputation reads thousands of vendors at a time, and building query-builder
  // result objects would cost more than the queries.
  const mine = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."organizationId" = ${organizationId} AND ${Prisma.raw(alias)}."vendorId" = ANY(${ids}::text[])`;
  const [vendors, org, slas, channels, breachesOf, openKevOf, assessments, findings, acceptances] = await Promise.all([
    db().$queryRaw<RiskVendor[]>`
      SELECT id, name, tier, status, "criticalFunction", "dataSensitivity", substitutability, "nextReviewDate", "renewalDate",
             "contractEnd"
      FROM "Vendor" WHERE "organizationId" = ${organizationId} AND id = ANY(${ids}::text[])
      ORDER BY name, id`,
    db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { riskWeights: true, riskWeightsRevision: true } }),
    // The vendor-wide SLA (the oldest, as everywhere else): its critical-fix time is an alarm's reason.
    db().$queryRaw<{ vendorId: string; criticalDays: number | null }[]>`
      SELECT DISTINCT ON ("vendorId") "vendorId", "criticalDays" FROM "PatchSla" s
      WHERE ${mine("s")} AND "productId" IS NULL
      ORDER BY "vendorId", "createdAt", id`,
    // Each vendor's enabled channels, each with the criticality of every system it reaches, as one JSON document
    // per vendor: parsed in one native call instead of field by field.
    db().$queryRaw<{ vendorId: string; channels: ChannelFacts[] }[]>`
      SELECT "vendorId", json_agg(ch ORDER BY ch.name, ch.id) AS channels FROM (
        SELECT c.id, c."vendorId", c.name, c.kind, c.direction, c.privilege, c."mfaEnforced", c."alwaysOn", c.monitored,
               c."consoleInternetExposed", c."killSwitchTestedAt" IS NOT NULL AS "killSwitchTested",
               COALESCE(array_agg(s.criticality) FILTER (WHERE s.id IS NOT NULL), '{}') AS systems
        FROM "AccessChannel" c
        LEFT JOIN "ChannelSystem" cs ON cs."channelId" = c.id
        LEFT JOIN "System" s ON s.id = cs."systemId"
        WHERE ${mine("c")} AND c."disabledAt" IS NULL
        GROUP BY c.id
      ) ch
      GROUP BY "vendorId"`,
    slaBreachCounts(organizationId, asOf, ids),
    openKevCounts(organizationId, ids),
    // The last completed assessment's score.
    db().$queryRaw<{ vendorId: string; score: number | null }[]>`
      SELECT DISTINCT ON ("vendorId") "vendorId", score FROM "Assessment" a
      WHERE ${mine("a")} AND status = 'COMPLETED'
      ORDER BY "vendorId", "completedAt" DESC NULLS LAST, id DESC`,
    db().$queryRaw<{ vendorId: string; severity: Severity; createdAt: Date }[]>`
      SELECT "vendorId", severity, "createdAt" FROM "Finding" f WHERE ${mine("f")} AND status IN ('OPEN', 'IN_REMEDIATION')`,
    // Per channel, the acceptance of its alarm that runs longest (the latest given, on a tie).
    db().$queryRaw<{ channelId: string; acceptedUntil: Date; acceptedByEmail: string; justification: string }[]>`
      SELECT DISTINCT ON ("channelId") "channelId", "acceptedUntil", "acceptedByEmail", justification FROM "AlarmAcceptance" a
      WHERE ${mine("a")} AND "acceptedUntil" > ${startOfUtcDay(asOf)}
      ORDER BY "channelId", "acceptedUntil" DESC, "createdAt" DESC, id DESC`,
  ]);
  if (!vendors.length) return [];
  const weights = weightsFor(org.riskWeights as Partial<Tunables> | null, org.riskWeightsRevision);
  const criticalSlaDaysOf = new Map(slas.map((s) => [s.vendorId, s.criticalDays]));
  const channelsOf = new Map(channels.map((c) => [c.vendorId, c.channels]));
  const scoreOf = new Map(assessments.map((a) => [a.vendorId, a.score]));
  const findingsOf = groupBy(findings, (f) => f.vendorId);
  const acceptanceOf = new Map(acceptances.map((a) => [a.channelId, a]));

  return vendors.map((vendor) => {
    const lastScore = scoreOf.get(vendor.id);
    const inputs: RiskInputs = {
      dataSensitivity: vendor.dataSensitivity,
      criticalFunction: vendor.criticalFunction,
      substitutability: vendor.substitutability,
      channels: (channelsOf.get(vendor.id) ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        kindLabel: kindWords[c.kind],
        privilege: c.privilege,
        canPushCode: canPushCode(c),
        mfaEnforced: c.mfaEnforced,
        alwaysOn: c.alwaysOn,
        monitored: c.monitored,
        consoleInternetExposed: c.consoleInternetExposed,
        killSwitchTested: c.killSwitchTested,
        systems: c.systems,
      })),
      slaBreaches: breachesOf.get(vendor.id) ?? 0,
      openKev: openKevOf.get(vendor.id) ?? 0,
      controlScore: lastScore === undefined || lastScore === null ? null : lastScore / 100,
      openFindings: (findingsOf.get(vendor.id) ?? []).map((f) => ({ severity: f.severity, ageDays: Math.max(0, -daysUntil(f.createdAt, asOf)) })),
      reviewOverdueDays: vendor.nextReviewDate ? Math.max(0, -daysUntil(vendor.nextReviewDate, asOf)) : 0,
    };
    const criticalSlaDays = criticalSlaDaysOf.get(vendor.id) ?? null;
    const alarms = kaseyaPatternAlarms(inputs.channels, { criticalSlaDays, slaBreaches: inputs.slaBreaches, openKev: inputs.openKev }).map((alarm) => {
      const acceptance = alarm.channelId ? acceptanceOf.get(alarm.channelId) : undefined;
      return acceptance ? { ...alarm, accepted: { until: acceptance.acceptedUntil, byEmail: acceptance.acceptedByEmail, justification: acceptance.justification } } : alarm;
    });
    return { vendor, inputs, score: computeVendorRisk(inputs, weights), alarms };
  });
}
