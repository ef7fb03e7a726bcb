// Fourth parties: our vendors' own suppliers, and where many of our vendors depend on the same one — or push into us
// through the same remote tool. That concentration is what turned one Kaseya flaw into 1,500 victims.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import type { Tier } from "@/lib/generated/prisma/enums";
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

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
const rank: Record<Tier, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

export interface Concentration {
  name: string;
  vendors: { id: string; name: string }[];
  criticalSystems: string[];
  systems: number;
}

/**
 * Where our vendors converge: sub-suppliers that several vendors depend on, and remote tools (channel products) that
 * several vendors use into our systems, each with the systems reachable behind it. Largest exposure first.
 */
export async function concentration(actor: Actor): Promise<{ subSuppliers: Concentration[]; tools: Concentration[]; vendorCriticalSystems: Record<string, string[]> }> {
  if (actor.role === "VENDOR") return { subSuppliers: [], tools: [], vendorCriticalSystems: {} };
  // Oldest first: a group is named as it was first recorded, the same on every request.
  const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const [subs, channels] = await Promise.all([
    db().subSupplier.findMany({ where: { organizationId: actor.organizationId }, include: { vendor: { select: { id: true, name: true } } }, orderBy: oldestFirst }),
    db().accessChannel.findMany({
      where: { organizationId: actor.organizationId, disabledAt: null },
      orderBy: oldestFirst,
      select: { vendorId: true, tool: true, vendor: { select: { id: true, name: true } }, systems: { select: { system: { select: { name: true, criticality: true } } } } },
    }),
  ]);
  const systemsByVendor = new Map<string, Map<string, Tier>>();
  for (const c of channels) {
    const m = systemsByVendor.get(c.vendorId) ?? new Map<string, Tier>();
    for (const { system } of c.systems) m.set(system.name, system.criticality);
    systemsByVendor.set(c.vendorId, m);
  }
  const summarise = (groups: Map<string, { name: string; vendors: Map<string, string>; systems: Map<string, Tier> }>): Concentration[] =>
    [...groups.values()]
      .map((g) => ({
        name: g.name,
        vendors: [...g.vendors].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
        criticalSystems: [...g.systems].filter(([, t]) => t === "CRITICAL").map(([n]) => n).sort(),
        systems: g.systems.size,
      }))
      .sort((a, b) => b.vendors.length - a.vendors.length || b.criticalSystems.length - a.criticalSystems.length || a.name.localeCompare(b.name));

  type Group = { name: string; vendors: Map<string, string>; systems: Map<string, Tier> };
  const subGroups = new Map<string, Group>();
  for (const s of subs) {
    const g: Group = subGroups.get(key(s.name)) ?? { name: s.name, vendors: new Map(), systems: new Map() };
    g.vendors.set(s.vendor.id, s.vendor.name);
    const reached: Map<string, Tier> = systemsByVendor.get(s.vendorId) ?? new Map();
    for (const [n, t] of reached) {
      const known = g.systems.get(n);
      if (!known || rank[t] < rank[known]) g.systems.set(n, t);
    }
    subGroups.set(key(s.name), g);
  }
  const toolGroups = new Map<string, Group>();
  for (const c of channels) {
    if (!c.tool?.trim()) continue;
    const g: Group = toolGroups.get(key(c.tool)) ?? { name: c.tool.trim(), vendors: new Map(), systems: new Map() };
    g.vendors.set(c.vendor.id, c.vendor.name);
    for (const { system } of c.systems) g.systems.set(system.name, system.criticality);
    toolGroups.set(key(c.tool), g);
  }
  const vendorCriticalSystems = Object.fromEntries(
    [...systemsByVendor].map(([vendorId, reached]) => [vendorId, [...reached].filter(([, t]) => t === "CRITICAL").map(([n]) => n).sort()]),
  );
  return { subSuppliers: summarise(subGroups), tools: summarise(toolGroups), vendorCriticalSystems };
}

export type ReachSource = Concentration & { kind: "tool" | "fourth party" };

/**
 * The sub-suppliers and remote tools whose compromise would reach the most critical systems of ours (then the most
 * systems, then the most vendors): the portfolio's blast radius, widest first.
 */
export function widestReach(c: { subSuppliers: Concentration[]; tools: Concentration[] }, limit = 8): ReachSource[] {
  return [...c.tools.map((t) => ({ ...t, kind: "tool" as const })), ...c.subSuppliers.map((s) => ({ ...s, kind: "fourth party" as const }))]
    .filter((s) => s.systems > 0)
    .sort((a, b) => b.criticalSystems.length - a.criticalSystems.length || b.systems - a.systems || b.vendors.length - a.vendors.length || a.name.localeCompare(b.name))
    .slice(0, limit);
}
