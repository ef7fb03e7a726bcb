// Fourth parties: our vendors' own suppliers, and where many of our vendors depend on the same one — or push into us
// through the same remote tool. That concentration is what turned one Kaseya flaw into 1,500 victims.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { subSupplierSchema } from "./schema";

export async function listSubSuppliers(actor: Actor, vendorId: string) {
  if (actor.role === "VENDOR") return [];
  return db().subSupplier.findMany({
    where: { vendorId, organizationId: actor.organizationId },
    include: { subVendor: { select: { id: true, name: true } } },
    orderBy: { name: "asc" },
  });
}

export async function addSubSupplier(actor: Actor, input: z.output<typeof subSupplierSchema>) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const vendor = await tx.vendor.findFirst({ where: { id: input.vendorId, organizationId: actor.organizationId } });
    if (!vendor) throw new NotFoundError("vendor");
    let name = input.name ?? "";
    if (input.subVendorId) {
      if (input.subVendorId === input.vendorId) throw new ActionError("A vendor cannot be its own sub-supplier", "subVendorId");
      const sub = await tx.vendor.findFirst({ where: { id: input.subVendorId, organizationId: actor.organizationId } });
      if (!sub) throw new ActionError("Choose one of your organization's vendors", "subVendorId");
      name = sub.name;
    }
    const row = await tx.subSupplier.create({
      data: { ...input, name, organizationId: actor.organizationId },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "fourth_party.added",
      entityType: "SubSupplier",
      entityId: row.id,
      vendorId: input.vendorId,
      after: { name, subVendorId: input.subVendorId, purpose: input.purpose, touchesData: input.touchesData, touchesChannels: input.touchesChannels },
    });
    return row;
  });
}

export async function removeSubSupplier(actor: Actor, vendorId: string, id: string) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    const row = await tx.subSupplier.findFirst({ where: { id, vendorId, organizationId: actor.organizationId } });
    if (!row) throw new NotFoundError("sub-supplier");
    await tx.subSupplier.delete({ where: { id } });
    await recordAudit(tx, { ...auditActor(actor), action: "fourth_party.removed", entityType: "SubSupplier", entityId: id, vendorId, before: { name: row.name, purpose: row.purpose } });
  });
}

export interface Concentration {
  name: string;
  /** How many of our vendors depend on it. */
  vendorCount: number;
  /** The first of them by name (at most VENDORS_LISTED). */
  vendors: { id: string; name: string }[];
  criticalSystems: string[];
  systems: number;
}

/** Vendors named per sub-supplier or tool; a tool in thousands of vendors' channels is counted, not listed. */
export const VENDORS_LISTED = 10;

// A sub-supplier's or tool's name as written in different records: spaces trimmed and collapsed, case ignored.
const groupKey = (column: Prisma.Sql) => Prisma.sql`lower(btrim(regexp_replace(${column}, '\\s+', ' ', 'g')))`;

/**
 * The groups of one kind, from `members` (k: the group's key, label, "vendorId", "createdAt", id) and `reach` (k and
 * each "systemId" the group reaches, once). Each is named as it was first recorded.
 */
async function groups(members: Prisma.Sql, reach: Prisma.Sql): Promise<Concentration[]> {
  return db().$queryRaw<Concentration[]>`
    WITH m AS (${members}), r AS (${reach})
    SELECT n.label AS name, g."vendorCount", l.vendors, COALESCE(s."criticalSystems", '{}') AS "criticalSystems", COALESCE(s.systems, 0) AS systems
    FROM (SELECT k, count(DISTINCT "vendorId")::int AS "vendorCount" FROM m GROUP BY k) g
    JOIN (SELECT DISTINCT ON (k) k, label FROM m ORDER BY k, "createdAt", id) n USING (k)
    JOIN (
      SELECT k, json_agg(json_build_object('id', id, 'name', name) ORDER BY name, id) AS vendors
      FROM (
        SELECT k, id, name, row_number() OVER (PARTITION BY k ORDER BY name, id) AS rank
        FROM (SELECT DISTINCT m.k, v.id, v.name FROM m JOIN "Vendor" v ON v.id = m."vendorId") d
      ) ranked
      WHERE rank <= ${VENDORS_LISTED}
      GROUP BY k
    ) l USING (k)
    LEFT JOIN (
      SELECT k, array_agg(DISTINCT sy.name ORDER BY sy.name) FILTER (WHERE sy.criticality = 'CRITICAL') AS "criticalSystems", count(*)::int AS systems
      FROM r JOIN "System" sy ON sy.id = r."systemId" GROUP BY k
    ) s USING (k)
    ORDER BY g."vendorCount" DESC, cardinality(COALESCE(s."criticalSystems", '{}')) DESC, n.label`;
}

/**
 * Where our vendors converge: sub-suppliers that several vendors depend on, and remote tools (channel products) that
 * several vendors use into our systems, each with the systems reachable behind it. Largest exposure first. Computed
 * by the database: a portfolio has a hundred thousand channels.
 */
export async function concentration(actor: Actor): Promise<{ subSuppliers: Concentration[]; tools: Concentration[]; widest: ReachSource[]; vendorCriticalSystems: Record<string, string[]> }> {
  if (actor.role === "VENDOR") return { subSuppliers: [], tools: [], widest: [], vendorCriticalSystems: {} };
  const org = actor.organizationId;
  const [subSuppliers, tools] = await Promise.all([
    // A sub-supplier reaches whatever its vendors' channels reach.
    groups(
      Prisma.sql`SELECT ${groupKey(Prisma.sql`s.name`)} AS k, btrim(s.name) AS label, s."vendorId", s."createdAt", s.id FROM "SubSupplier" s WHERE s."organizationId" = ${org}`,
      Prisma.sql`SELECT DISTINCT v.k, cs."systemId"
        FROM (SELECT DISTINCT k, "vendorId" FROM m) v
        JOIN "AccessChannel" c ON c."vendorId" = v."vendorId" AND c."disabledAt" IS NULL
        JOIN "ChannelSystem" cs ON cs."channelId" = c.id`,
    ),
    // A tool reaches what the channels it runs reach.
    groups(
      Prisma.sql`SELECT ${groupKey(Prisma.sql`c.tool`)} AS k, btrim(c.tool) AS label, c."vendorId", c."createdAt", c.id
        FROM "AccessChannel" c WHERE c."organizationId" = ${org} AND c."disabledAt" IS NULL AND btrim(COALESCE(c.tool, '')) <> ''`,
      Prisma.sql`SELECT DISTINCT m.k, cs."systemId" FROM m JOIN "ChannelSystem" cs ON cs."channelId" = m.id`,
    ),
  ]);
  const widest = widestReach({ subSuppliers, tools });
  // The critical systems behind each vendor the drawing shows.
  const shown = [...new Set(widest.flatMap((w) => w.vendors.map((v) => v.id)))];
  const reached = await db().$queryRaw<{ vendorId: string; name: string }[]>`
    SELECT DISTINCT c."vendorId", sy.name
    FROM "AccessChannel" c JOIN "ChannelSystem" cs ON cs."channelId" = c.id JOIN "System" sy ON sy.id = cs."systemId"
    WHERE c."organizationId" = ${org} AND c."disabledAt" IS NULL AND sy.criticality = 'CRITICAL' AND c."vendorId" = ANY(${shown}::text[])
    ORDER BY sy.name`;
  const vendorCriticalSystems: Record<string, string[]> = Object.fromEntries(shown.map((id) => [id, []]));
  for (const r of reached) vendorCriticalSystems[r.vendorId]!.push(r.name);
  return { subSuppliers, tools, widest, vendorCriticalSystems };
}

export type ReachSource = Concentration & { kind: "tool" | "fourth party" };

/**
 * The sub-suppliers and remote tools whose compromise would reach the most critical systems of ours (then the most
 * systems, then the most vendors): the portfolio's blast radius, widest first.
 */
export function widestReach(c: { subSuppliers: Concentration[]; tools: Concentration[] }, limit = 8): ReachSource[] {
  return [...c.tools.map((t) => ({ ...t, kind: "tool" as const })), ...c.subSuppliers.map((s) => ({ ...s, kind: "fourth party" as const }))]
    .filter((s) => s.systems > 0)
    .sort((a, b) => b.criticalSystems.length - a.criticalSystems.length || b.systems - a.systems || b.vendorCount - a.vendorCount || a.name.localeCompare(b.name))
    .slice(0, limit);
}
