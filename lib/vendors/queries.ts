// Reads of the supplier register, always scoped to the caller's organization (and, for vendor contacts, to their
// own supplier). A vendor of another organization is simply not found.
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VendorStatus } from "@/lib/generated/prisma/enums";

export const VENDOR_PAGE_SIZE = 25;

function scope(actor: Actor): Prisma.VendorWhereInput {
  return actor.role === "VENDOR"
    ? { organizationId: actor.organizationId, id: actor.vendorId ?? "-" }
    : { organizationId: actor.organizationId };
}

export interface VendorListQuery {
  q?: string;
  status?: VendorStatus;
  page?: number;
}

export async function listVendorsForActor(actor: Actor, query: VendorListQuery = {}) {
  const where: Prisma.VendorWhereInput = {
    AND: [
      scope(actor),
      query.status ? { status: query.status } : {},
      query.q ? { name: { contains: query.q, mode: "insensitive" } } : {},
    ],
  };
  const page = Math.max(1, query.page ?? 1);
  const [total, vendors] = await Promise.all([
    db().vendor.count({ where }),
    db().vendor.findMany({
      where,
      orderBy: [{ name: "asc" }],
      skip: (page - 1) * VENDOR_PAGE_SIZE,
      take: VENDOR_PAGE_SIZE,
    }),
  ]);
  return { vendors, total, page, pageCount: Math.max(1, Math.ceil(total / VENDOR_PAGE_SIZE)) };
}

export async function getVendorForActor(actor: Actor, id: string) {
  // AND, not a spread: a vendor contact's scope already names an id, which the requested id must not replace.
  return db().vendor.findFirst({ where: { AND: [scope(actor), { id }] } });
}

export async function vendorOptions(actor: Actor) {
  return db().vendor.findMany({ where: scope(actor), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function portfolioSummary(actor: Actor) {
  const where = scope(actor);
  const [byStatus, byTier, criticalFunction] = await Promise.all([
    db().vendor.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().vendor.groupBy({ by: ["tier"], where: { AND: [where, { status: { in: ["ACTIVE", "OFFBOARDING"] } }] }, _count: { _all: true } }),
    db().vendor.count({ where: { AND: [where, { criticalFunction: true, status: { in: ["ACTIVE", "OFFBOARDING"] } }] } }),
  ]);
  return {
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Partial<Record<VendorStatus, number>>,
    byTier: byTier.map((r) => ({ tier: r.tier, count: r._count._all })),
    criticalFunction,
  };
}

export async function vendorTierHistory(actor: Actor, vendorId: string) {
  return db().vendorTierChange.findMany({
    where: { vendorId, organizationId: actor.organizationId, vendor: scope(actor) },
    orderBy: { createdAt: "desc" },
  });
}

export async function vendorContacts(actor: Actor, vendorId: string) {
  return db().vendorContact.findMany({
    where: { vendorId, organizationId: actor.organizationId, vendor: scope(actor) },
    orderBy: [{ isSecurityContact: "desc" }, { name: "asc" }],
  });
}

/** The vendor's audit trail (staff only: it names the people who made each change). */
export async function vendorHistory(actor: Actor, vendorId: string, take = 100) {
  if (actor.role === "VENDOR") return [];
  return db().auditEvent.findMany({
    where: { organizationId: actor.organizationId, vendorId },
    orderBy: { seq: "desc" },
    take,
  });
}
