// Reads of the supplier register, always scoped to the caller's organization (and, for vendor contacts, to their
// own supplier). A vendor of another organization is simply not found.
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { freshScores } from "@/lib/risk/stored";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { literalLike, readPage } from "@/lib/validation";
import { sortDirection, type SortDirection, type VendorListQuery, type VendorSort } from "./list-query";

export const VENDOR_PAGE_SIZE = 25;

function scope(actor: Actor): Prisma.VendorWhereInput {
  return actor.role === "VENDOR"
    ? { organizationId: actor.organizationId, id: actor.vendorId ?? "-" }
    : { organizationId: actor.organizationId };
}

/** Vendors running a product with a known-exploited vulnerability whose fix we have not deployed. */
async function vendorIdsWithKevAlert(organizationId: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ vendorId: string }[]>`
    SELECT DISTINCT p."vendorId"
    FROM "Product" p
    JOIN "KevEntry" k ON k."organizationId" = p."organizationId"
      AND lower(k."vendorProject") = lower(p."kevVendor") AND lower(k.product) = lower(p."kevProduct")
    WHERE p."organizationId" = ${organizationId}
      AND NOT EXISTS (
        SELECT 1 FROM "VulnerabilityRecord" v
        WHERE v."productId" = p.id AND v."cveId" = k."cveId" AND v."deployedAt" IS NOT NULL
      )`;
  return rows.map((r) => r.vendorId);
}

/**
 * The list's order: the chosen column, then name and id, so that rows with equal values (many vendors share a tier
 * or a score) keep one order from page to page.
 */
export function vendorOrderBy(sort: VendorSort, dir: SortDirection): Prisma.VendorOrderByWithRelationInput[] {
  const then: Prisma.VendorOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  switch (sort) {
    case "name":
      return [{ name: dir }, { id: dir }];
    case "risk":
      return [{ riskScore: { residual: dir } }, ...then];
    case "impact":
      return [{ riskScore: { impact: dir } }, ...then];
    case "likelihood":
      return [{ riskScore: { likelihood: dir } }, ...then];
    // Enum order is CRITICAL, HIGH, MEDIUM, LOW; untiered vendors last either way.
    case "tier":
      return [{ tier: { sort: dir, nulls: "last" } }, ...then];
    case "review":
      return [{ nextReviewDate: { sort: dir, nulls: "last" } }, ...then];
    case "updated":
      return [{ updatedAt: dir }, ...then];
  }
}

export async function vendorListWhere(actor: Actor, query: Partial<VendorListQuery>, asOf = new Date()): Promise<Prisma.VendorWhereInput> {
  const channelFilter =
    query.channelKind || query.privilege
      ? { channels: { some: { disabledAt: null, ...(query.channelKind ? { kind: query.channelKind } : {}), ...(query.privilege ? { privilege: query.privilege } : {}) } } }
      : {};
  return {
    AND: [
      scope(actor),
      query.status ? { status: query.status } : {},
      query.tier ? { tier: query.tier } : {},
      query.q ? { name: { contains: literalLike(query.q), mode: "insensitive" } } : {},
      channelFilter,
      query.reviewOverdue ? { nextReviewDate: { lt: asOf }, status: { in: ["ACTIVE", "OFFBOARDING"] } } : {},
      // The breaches are counted in the stored scores, brought up to date for the day first.
      query.slaBreach ? (await freshScores(actor, asOf), { riskScore: { slaBreaches: { gt: 0 } } }) : {},
      query.kevAlert ? { id: { in: await vendorIdsWithKevAlert(actor.organizationId) } } : {},
    ],
  };
}

/**
 * From this many rows on, a page reads its vendors' ids first, then only those vendors: skipping thousands of ids in
 * an index ([organizationId, name, id] for the default order) is cheaper than reading thousands of whole rows.
 */
export const DEFERRED_READ_FROM = 1000;

/** What the list shows of each vendor's stored risk score. */
const riskColumns = { select: { residual: true, level: true, impact: true, likelihood: true } } as const;

async function vendorPage(where: Prisma.VendorWhereInput, orderBy: Prisma.VendorOrderByWithRelationInput[], skip: number, take: number) {
  const include = { riskScore: riskColumns };
  if (skip < DEFERRED_READ_FROM) return db().vendor.findMany({ where, orderBy, skip, take, include });
  const ids = (await db().vendor.findMany({ where, orderBy, skip, take, select: { id: true } })).map((v) => v.id);
  const byId = new Map((await db().vendor.findMany({ where: { AND: [where, { id: { in: ids } }] }, include })).map((v) => [v.id, v]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listVendorsForActor(actor: Actor, query: Partial<VendorListQuery> = {}) {
  const where = await vendorListWhere(actor, query);
  // The list shows (and may sort by) the stored scores: brought up to date for the day first.
  await freshScores(actor);
  const orderBy = vendorOrderBy(query.sort ?? "name", sortDirection(query));
  const { items: vendors, ...paging } = await readPage(
    query.page ?? 1,
    VENDOR_PAGE_SIZE,
    () => db().vendor.count({ where }),
    (skip, take) => vendorPage(where, orderBy, skip, take),
  );
  return { vendors, ...paging };
}

/** How many vendors the caller's register holds, whatever the list's filters. */
export async function countVendorsForActor(actor: Actor) {
  return db().vendor.count({ where: scope(actor) });
}

export async function getVendorForActor(actor: Actor, id: string) {
  // AND, not a spread: a vendor contact's scope already names an id, which the requested id must not replace.
  return db().vendor.findFirst({ where: { AND: [scope(actor), { id }] } });
}

export const VENDOR_SEARCH_LIMIT = 20;

/**
 * Vendors whose name contains `q` (any case) for a picker: names that start with it first, then the others, by name;
 * at most VENDOR_SEARCH_LIMIT. An organization may have tens of thousands: no form lists them all.
 */
export async function searchVendors(actor: Actor, q: string): Promise<{ id: string; name: string; status: VendorStatus }[]> {
  const select = { id: true, name: true, status: true } as const;
  const text = literalLike(q);
  const orderBy = [{ name: "asc" }, { id: "asc" }] satisfies Prisma.VendorOrderByWithRelationInput[];
  const first = await db().vendor.findMany({ where: { AND: [scope(actor), { name: { startsWith: text, mode: "insensitive" } }] }, select, orderBy, take: VENDOR_SEARCH_LIMIT });
  if (first.length === VENDOR_SEARCH_LIMIT || !q) return first;
  const rest = await db().vendor.findMany({
    where: { AND: [scope(actor), { name: { contains: text, mode: "insensitive" } }, { NOT: { name: { startsWith: text, mode: "insensitive" } } }] },
    select,
    orderBy,
    take: VENDOR_SEARCH_LIMIT - first.length,
  });
  return [...first, ...rest];
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

/** The vendor's security contact (a role on one of its contacts), or null when none is marked. */
export async function vendorSecurityContact(actor: Actor, vendorId: string) {
  return db().vendorContact.findFirst({
    where: { vendorId, organizationId: actor.organizationId, vendor: scope(actor), isSecurityContact: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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
