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
  const conflicts = conflictingDuplicates(parsed.data);
  if (conflicts.length) {
    const named = conflicts.slice(0, 3).map((c) => `${c.cveId} (vulnerabilities[${c.first}] and [${c.second}])`);
    const more = conflicts.length > 3 ? ` and ${conflicts.length - 3} more` : "";
    throw new ActionError(
      `This catalog lists ${conflicts.length === 1 ? "a CVE" : "CVEs"} twice with different data: ${named.join(", ")}${more}. Nothing was imported; download the catalog from CISA again.`,
      "file",
    );
  }
  return parsed.data;
}

type KevVulnerability = KevCatalog["vulnerabilities"][number];

/** An entry as text with its fields in a fixed order, so that two listings of a CVE compare equal exactly when they agree. */
const canonical = (v: KevVulnerability) => JSON.stringify(Object.keys(v).sort().map((k) => [k, v[k as keyof KevVulnerability]]));

/** CVEs the file lists more than once with different data (listing one twice with the same data is harmless). */
function conflictingDuplicates(catalog: KevCatalog): { cveId: string; first: number; second: number }[] {
  const seen = new Map<string, { index: number; text: string }>();
  const conflicts: { cveId: string; first: number; second: number }[] = [];
  catalog.vulnerabilities.forEach((v, index) => {
    const earlier = seen.get(v.cveID);
    if (!earlier) seen.set(v.cveID, { index, text: canonical(v) });
    else if (earlier.text !== canonical(v) && !conflicts.some((c) => c.cveId === v.cveID)) conflicts.push({ cveId: v.cveID, first: earlier.index, second: index });
  });
  return conflicts;
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** A catalog entry as the KevEntry table keeps it (without the organization and CVE id). */
const stored = (v: KevVulnerability) => ({
  vendorProject: v.vendorProject,
  product: v.product,
  vulnerabilityName: v.vulnerabilityName,
  dateAdded: day(v.dateAdded),
  shortDescription: v.shortDescription,
  requiredAction: v.requiredAction,
  dueDate: day(v.dueDate),
  knownRansomwareCampaignUse: v.knownRansomwareCampaignUse ?? "Unknown",
});
type StoredKev = ReturnType<typeof stored>;

const sameEntry = (a: StoredKev, b: StoredKev) =>
  (Object.keys(a) as (keyof StoredKev)[]).every((k) => {
    const [x, y] = [a[k], b[k]];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });

const BATCH = 500;

/**
 * Adds the catalog's entries the organization does not have yet and updates those CISA has revised since (ransomware
 * use, due date, description, required action, names); returns how many were added and which were updated. A catalog
 * released before the newest one imported adds its missing entries but changes none (`kept`: how many it differs on),
 * so that uploading an old file never undoes a revision. The risk scores follow both: the KevEntry triggers mark every
 * vendor of the organization for recomputation, once per batch.
 */
export async function importKevEntries(tx: Prisma.TransactionClient, organizationId: string, catalog: KevCatalog, byEmail: string | null) {
  const existing = new Map(
    (await tx.kevEntry.findMany({ where: { organizationId }, omit: { organizationId: true } })).map(({ cveId, ...entry }) => [cveId, entry]),
  );
  const newest = await tx.kevImport.findFirst({ where: { organizationId }, orderBy: { dateReleased: "desc" }, select: { dateReleased: true } });
  const older = newest !== null && new Date(catalog.dateReleased) < newest.dateReleased;
  const unique = [...new Map(catalog.vulnerabilities.map((v) => [v.cveID, v])).values()];
  const fresh = unique.filter((v) => !existing.has(v.cveID));
  const differing = unique.filter((v) => existing.has(v.cveID) && !sameEntry(existing.get(v.cveID)!, stored(v)));
  const revised = older ? [] : differing;
  for (let i = 0; i < fresh.length; i += BATCH) {
    await tx.kevEntry.createMany({
      data: fresh.slice(i, i + BATCH).map((v) => ({ organizationId, cveId: v.cveID, ...stored(v) })),
      skipDuplicates: true,
    });
  }
  // One statement per batch, not per entry: each statement marks every score of the organization stale.
  for (let i = 0; i < revised.length; i += BATCH) {
    const rows = revised.slice(i, i + BATCH).map((v) => ({ cveId: v.cveID, ...stored(v) }));
    const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const days = (k: "dateAdded" | "dueDate") => rows.map((r) => r[k].toISOString().slice(0, 10));
    await tx.$executeRaw`
      UPDATE "KevEntry" AS k SET
        "vendorProject" = u."vendorProject", product = u.product, "vulnerabilityName" = u."vulnerabilityName",
        "dateAdded" = u."dateAdded", "shortDescription" = u."shortDescription", "requiredAction" = u."requiredAction",
        "dueDate" = u."dueDate", "knownRansomwareCampaignUse" = u."knownRansomwareCampaignUse"
      FROM unnest(
        ${column("cveId")}::text[], ${column("vendorProject")}::text[], ${column("product")}::text[], ${column("vulnerabilityName")}::text[],
        ${days("dateAdded")}::date[], ${column("shortDescription")}::text[], ${column("requiredAction")}::text[], ${days("dueDate")}::date[],
        ${column("knownRansomwareCampaignUse")}::text[]
      ) AS u("cveId", "vendorProject", product, "vulnerabilityName", "dateAdded", "shortDescription", "requiredAction", "dueDate", "knownRansomwareCampaignUse")
      WHERE k."organizationId" = ${organizationId} AND k."cveId" = u."cveId"`;
  }
  await tx.kevImport.create({
    data: {
      organizationId,
      catalogVersion: catalog.catalogVersion,
      dateReleased: new Date(catalog.dateReleased),
      entries: catalog.vulnerabilities.length,
      added: fresh.length,
      importedByEmail: byEmail,
    },
  });
  return { added: fresh.length, updated: revised.map((v) => v.cveID), kept: older ? { entries: differing.length, newerReleased: newest.dateReleased } : null };
}

/** How many updated CVE ids the audit event names; the count is always complete. */
const AUDITED_CVES = 500;

export async function importKevCatalog(actor: Actor, text: string) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators import the KEV catalog.");
  const catalog = parseKevCatalog(text);
  return db().$transaction(
    async (tx) => {
      const { added, updated, kept } = await importKevEntries(tx, actor.organizationId, catalog, actor.email);
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "kev.imported",
        entityType: "KevCatalog",
        entityId: catalog.catalogVersion,
        after: { catalogVersion: catalog.catalogVersion, entries: catalog.vulnerabilities.length, added, updated: updated.length, updatedCves: updated.slice(0, AUDITED_CVES), keptAsOlder: kept?.entries ?? 0 },
      });
      return { catalogVersion: catalog.catalogVersion, entries: catalog.vulnerabilities.length, added, updated: updated.length, kept };
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
