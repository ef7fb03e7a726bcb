// The KEV catalog per organization (imported from a file: Chainward never needs the internet), and the matches
// between it and the products we run.
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeCatalogErrors, kevCatalogSchema, type KevCatalog } from "./schema";


/** Parses and validates a catalog file's text; throws an ActionError naming the first problems. */
export function parseKevCatalog(text: string): KevCatalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ActionError("This file is not JSON. Download the catalog in JSON format from CISA.", "file");
  }
  const parsed = kevCatalogSchema.safeParse(json);
  if (!parsed.success) {
    throw new ActionError(`This is not a valid KEV catalog file: ${describeCatalogErrors(parsed.error).join("; ")}.`, "file");
  }
  return parsed.data;
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Adds the catalog's entries the organization does not have yet; returns how many were added. */
export async function importKevEntries(tx: Prisma.TransactionClient, organizationId: string, catalog: KevCatalog, byEmail: string | null) {
  const existing = new Set(
    (await tx.kevEntry.findMany({ where: { organizationId }, select: { cveId: true } })).map((e) => e.cveId),
  );
  const fresh = catalog.vulnerabilities.filter((v) => !existing.has(v.cveID));
  const unique = [...new Map(fresh.map((v) => [v.cveID, v])).values()];
  for (let i = 0; i < unique.length; i += 500) {
    await tx.kevEntry.createMany({
      data: unique.slice(i, i + 500).map((v) => ({
        organizationId,
        cveId: v.cveID,
        vendorProject: v.vendorProject,
        product: v.product,
        vulnerabilityName: v.vulnerabilityName,
        dateAdded: day(v.dateAdded),
        shortDescription: v.shortDescription,
        requiredAction: v.requiredAction,
        dueDate: day(v.dueDate),
        knownRansomwareCampaignUse: v.knownRansomwareCampaignUse ?? "Unknown",
      })),
      skipDuplicates: true,
    });
  }
  await tx.kevImport.create({
    data: {
      organizationId,
      catalogVersion: catalog.catalogVersion,
      dateReleased: new Date(catalog.dateReleased),
      entries: catalog.vulnerabilities.length,
      added: unique.length,
      importedByEmail: byEmail,
    },
  });
  return unique.length;
}

export async function importKevCatalog(actor: Actor, text: string) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators import the KEV catalog.");
  const catalog = parseKevCatalog(text);
  return db().$transaction(
    async (tx) => {
      const added = await importKevEntries(tx, actor.organizationId, catalog, actor.email);
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "kev.imported",
        entityType: "KevCatalog",
        entityId: catalog.catalogVersion,
        after: { catalogVersion: catalog.catalogVersion, entries: catalog.vulnerabilities.length, added },
      });
      return { catalogVersion: catalog.catalogVersion, entries: catalog.vulnerabilities.length, added };
    },
    { timeout: 120_000 },
  );
}

export async function kevImports(actor: Actor) {
  if (actor.role === "VENDOR") return [];
  return db().kevImport.findMany({ where: { organizationId: actor.organizationId }, orderBy: { createdAt: "desc" }, take: 20 });
}

const norm = (s: string) => s.trim().toLowerCase();

/** Catalog entries (k) matching the organization's products (p), case-insensitively, as `norm` compares them. */
const productMatches = (organizationId: string, vendorIds: string[] | null) => Prisma.sql`
  FROM "Product" p
  JOIN "KevEntry" k ON k."organizationId" = p."organizationId"
    AND lower(trim(k."vendorProject")) = lower(trim(p."kevVendor")) AND lower(trim(k.product)) = lower(trim(p."kevProduct"))
  WHERE p."organizationId" = ${organizationId} AND (${vendorIds}::text[] IS NULL OR p."vendorId" = ANY(${vendorIds}::text[]))`;

/**
 * Per vendor (vendors without any left out), the known-exploited CVEs in its products whose fix we have not deployed:
 * the matches of `kevMatches` that are not `deployed`, counted once per CVE.
 */
export async function openKevCounts(organizationId: string, vendorIds: string[] | null = null): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ vendorId: string; open: number }[]>`
    SELECT p."vendorId", count(DISTINCT k."cveId")::int AS open
    ${productMatches(organizationId, vendorIds)}
      AND NOT EXISTS (SELECT 1 FROM "VulnerabilityRecord" v WHERE v."productId" = p.id AND v."cveId" = k."cveId" AND v."deployedAt" IS NOT NULL)
    GROUP BY p."vendorId"`;
  return new Map(rows.map((r) => [r.vendorId, r.open]));
}

/**
 * Known-exploited vulnerabilities in products we run: catalog entries whose vendorProject and product match one of
 * our products (case-insensitive), with the ledger's state for that CVE when we have recorded it.
 */
export async function kevMatches(actor: Actor, vendorId?: string | string[]) {
  if (actor.role === "VENDOR") return [];
  const vendorIds = vendorId === undefined ? null : [vendorId].flat();
  // The matching is a join in the database: a portfolio has tens of thousands of products, the catalog a few thousand
  // entries, and only a handful of pairs match.
  const pairs = await db().$queryRaw<{ productId: string; cveId: string }[]>`
    SELECT p.id AS "productId", k."cveId" ${productMatches(actor.organizationId, vendorIds)}`;
  if (!pairs.length) return [];
  const products = await db().product.findMany({
    where: { id: { in: [...new Set(pairs.map((p) => p.productId))] } },
    include: { vendor: { select: { id: true, name: true } }, vulnerabilities: { where: { cveId: { in: [...new Set(pairs.map((p) => p.cveId))] } } }, patchSlas: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    orderBy: { id: "asc" },
  });
  const vendorSlas = await db().patchSla.findMany({
    where: { organizationId: actor.organizationId, productId: null, vendorId: { in: [...new Set(products.map((p) => p.vendorId))] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const entries = await db().kevEntry.findMany({
    where: { organizationId: actor.organizationId, cveId: { in: [...new Set(pairs.map((p) => p.cveId))] } },
    orderBy: [{ dateAdded: "desc" }, { cveId: "asc" }],
  });
  return entries.flatMap((entry) =>
    products
      .filter((p) => norm(p.kevVendor) === norm(entry.vendorProject) && norm(p.kevProduct) === norm(entry.product))
      .map((product) => {
        const ledger = product.vulnerabilities.find((v) => v.cveId === entry.cveId) ?? null;
        const sla = product.patchSlas[0] ?? vendorSlas.find((s) => s.vendorId === product.vendorId) ?? null;
        return { entry, product, vendor: product.vendor, ledger, deployed: !!ledger?.deployedAt, slaCriticalDays: sla?.criticalDays ?? null };
      }),
  );
}
