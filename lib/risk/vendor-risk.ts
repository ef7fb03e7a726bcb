// Gathers vendors' records into the risk model's inputs, for one vendor or the whole portfolio in a fixed number of
// queries. The model itself (model.ts) never touches the database.
import type { Actor } from "@/lib/auth/guard";
import { startOfUtcDay, daysUntil } from "@/lib/dates";
import { canPushCode } from "@/lib/channels/exposure";
import { db } from "@/lib/db";
import type { ChannelDirection, ChannelKind, Privilege, Tier } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { kevMatches } from "@/lib/kev/kev";
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

const vendorSelect = {
  id: true,
  name: true,
  tier: true,
  status: true,
  criticalFunction: true,
  dataSensitivity: true,
  substitutability: true,
  nextReviewDate: true,
  renewalDate: true,
  contractEnd: true,
  securityContactAvailability: true,
} satisfies Prisma.VendorSelect;

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
  killSwitchTestedAt: Date | null;
  systems: Tier[];
}

export type RiskVendor = Prisma.VendorGetPayload<{ select: typeof vendorSelect }>;

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
  const vendors = await db().vendor.findMany({
    where: { organizationId, ...(options.vendorIds ? { id: { in: options.vendorIds } } : { status: { not: "TERMINATED" } }) },
    select: vendorSelect,
    orderBy: { name: "asc" },
  });
  if (!vendors.length) return [];
  const ids = vendors.map((v) => v.id);
  // The whole portfolio is read by organization (tens of thousands of ids would not fit in one query); a few vendors by id.
  const byVendor = options.vendorIds ? { vendorId: { in: ids }, organizationId } : { organizationId };
  const only = options.vendorIds ? ids : null;
  // The two largest reads are plain SQL: channels with the systems they reach, and the vulnerability ledger, which
  // the database reduces to a count of breaches per vendor. At tens of thousands of rows, building result objects
  // costs more than the queries.
  const [org, slas, channels, breachesOf, kev, assessments, findings, acceptances] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { riskWeights: true, riskWeightsRevision: true } }),
    db().patchSla.findMany({ where: byVendor, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().$queryRaw<ChannelFacts[]>`
      SELECT c.id, c."vendorId", c.name, c.kind, c.direction, c.privilege, c."mfaEnforced", c."alwaysOn", c.monitored,
             c."consoleInternetExposed", c."killSwitchTestedAt",
             COALESCE(array_agg(s.criticality::text) FILTER (WHERE s.id IS NOT NULL), '{}') AS systems
      FROM "AccessChannel" c
      LEFT JOIN "ChannelSystem" cs ON cs."channelId" = c.id
      LEFT JOIN "System" s ON s.id = cs."systemId"
      WHERE c."organizationId" = ${organizationId} AND c."disabledAt" IS NULL AND (${only}::text[] IS NULL OR c."vendorId" = ANY(${only}::text[]))
      GROUP BY c.id
      ORDER BY c.name, c.id`,
    slaBreachCounts(organizationId, asOf, only),
    kevMatches(actor, options.vendorIds ? ids : undefined),
    db().assessment.findMany({
      where: { ...byVendor, status: "COMPLETED" },
      orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      distinct: ["vendorId"],
      select: { vendorId: true, score: true },
    }),
    db().finding.findMany({ where: { ...byVendor, status: { in: ["OPEN", "IN_REMEDIATION"] } }, select: { vendorId: true, severity: true, createdAt: true } }),
    db().alarmAcceptance.findMany({ where: { ...byVendor, acceptedUntil: { gt: startOfUtcDay(asOf) } }, orderBy: [{ acceptedUntil: "desc" }, { createdAt: "desc" }, { id: "desc" }] }),
  ]);
  const weights = weightsFor(org.riskWeights as Partial<Tunables> | null, org.riskWeightsRevision);
  const slasOf = groupBy(slas, (s) => s.vendorId);
  const channelsOf = groupBy(channels, (c) => c.vendorId);
  const openKevOf = groupBy(
    kev.filter((m) => !m.deployed),
    (m) => m.vendor.id,
  );
  const scoreOf = new Map(assessments.map((a) => [a.vendorId, a.score]));
  const findingsOf = groupBy(findings, (f) => f.vendorId);
  const acceptanceOf = new Map<string, (typeof acceptances)[number]>();
  for (const a of acceptances) if (!acceptanceOf.has(a.channelId)) acceptanceOf.set(a.channelId, a);

  return vendors.map((vendor) => {
    const vendorSlas = slasOf.get(vendor.id) ?? [];
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
        killSwitchTested: !!c.killSwitchTestedAt,
        systems: c.systems,
      })),
      slaBreaches: breachesOf.get(vendor.id) ?? 0,
      openKev: new Set((openKevOf.get(vendor.id) ?? []).map((m) => m.entry.cveId)).size,
      controlScore: lastScore === undefined || lastScore === null ? null : lastScore / 100,
      openFindings: (findingsOf.get(vendor.id) ?? []).map((f) => ({ severity: f.severity, ageDays: Math.max(0, -daysUntil(f.createdAt, asOf)) })),
      reviewOverdueDays: vendor.nextReviewDate ? Math.max(0, -daysUntil(vendor.nextReviewDate, asOf)) : 0,
    };
    const criticalSlaDays = vendorSlas.find((s) => s.productId === null)?.criticalDays ?? null;
    const alarms = kaseyaPatternAlarms(inputs.channels, { criticalSlaDays, slaBreaches: inputs.slaBreaches, openKev: inputs.openKev }).map((alarm) => {
      const acceptance = alarm.channelId ? acceptanceOf.get(alarm.channelId) : undefined;
      return acceptance ? { ...alarm, accepted: { until: acceptance.acceptedUntil, byEmail: acceptance.acceptedByEmail, justification: acceptance.justification } } : alarm;
    });
    return { vendor, inputs, score: computeVendorRisk(inputs, weights), alarms };
  });
}
