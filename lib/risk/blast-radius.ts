// Blast radius: what an attacker who controls this vendor (or one of its sub-suppliers) reaches in our systems,
// channel by channel.
import type { Actor } from "@/lib/auth/guard";
import { canPushCode } from "@/lib/channels/exposure";
import { db } from "@/lib/db";
import type { Privilege, Tier } from "@/lib/generated/prisma/enums";

const CRITICALITY_ORDER: Tier[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

export interface BlastRadius {
  channels: { id: string; name: string; tool: string | null; privilege: Privilege; canPushCode: boolean; systemIds: string[] }[];
  systems: { id: string; name: string; criticality: Tier }[];
  subSuppliers: { name: string; touchesChannels: boolean; vendorId: string | null }[];
  /** Systems reachable through channels that can push code or run with admin or code-execution rights. */
  privilegedReach: number;
  criticalReach: number;
}

export async function blastRadius(actor: Actor, vendorId: string): Promise<BlastRadius | null> {
  if (actor.role === "VENDOR") return null;
  const vendor = await db().vendor.findFirst({
    where: { id: vendorId, organizationId: actor.organizationId },
    select: {
      channels: { where: { disabledAt: null }, include: { systems: { include: { system: { select: { id: true, name: true, criticality: true } } } } }, orderBy: { name: "asc" } },
      subSuppliers: { select: { name: true, touchesChannels: true, subVendorId: true }, orderBy: { name: "asc" } },
    },
  });
  if (!vendor) return null;
  const systems = new Map<string, BlastRadius["systems"][number]>();
  for (const c of vendor.channels) for (const s of c.systems) systems.set(s.system.id, s.system);
  const privileged = new Set(
    vendor.channels.filter((c) => canPushCode(c) || c.privilege === "ADMIN" || c.privilege === "CODE_EXECUTION").flatMap((c) => c.systems.map((s) => s.system.id)),
  );
  const sorted = [...systems.values()].sort((a, b) => CRITICALITY_ORDER.indexOf(a.criticality) - CRITICALITY_ORDER.indexOf(b.criticality) || a.name.localeCompare(b.name));
  return {
    channels: vendor.channels.map((c) => ({ id: c.id, name: c.name, tool: c.tool, privilege: c.privilege, canPushCode: canPushCode(c), systemIds: c.systems.map((s) => s.system.id) })),
    systems: sorted,
    subSuppliers: vendor.subSuppliers.map((s) => ({ name: s.name, touchesChannels: s.touchesChannels, vendorId: s.subVendorId })),
    privilegedReach: privileged.size,
    criticalReach: sorted.filter((s) => s.criticality === "CRITICAL").length,
  };
}
