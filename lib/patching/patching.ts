// Patch SLAs, the products we run from each vendor, and the vulnerability ledger. Reads compute time-to-patch and
// breaches (lib/patching/sla.ts); writes are scoped, checked and audited.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { onDuplicate } from "@/lib/db/errors";
import { patchingQueue } from "./breaches";
import type { z } from "zod";
import type { productSchema, slaSchema, VulnerabilityFields } from "./schema";
import { applicableSla, assessPatch, median, slaDaysOf, type PatchAssessment } from "./sla";

type Tx = Prisma.TransactionClient;

async function ownVendor(tx: Tx, actor: Actor, vendorId: string) {
  const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: actor.organizationId }, select: { id: true } });
  if (!vendor) throw new NotFoundError("vendor");
}

async function ownProduct(tx: Tx, actor: Actor, productId: string) {
  const product = await tx.product.findFirst({ where: { id: productId, organizationId: actor.organizationId } });
  if (!product) throw new NotFoundError("product");
  return product;
}

export async function setPatchSla(actor: Actor, input: z.output<typeof slaSchema>) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    await ownVendor(tx, actor, input.vendorId);
    if (input.productId) {
      const product = await ownProduct(tx, actor, input.productId);
      if (product.vendorId !== input.vendorId) throw new NotFoundError("product");
    }
    const { vendorId, productId, ...days } = input;
    const existing = await tx.patchSla.findFirst({ where: { vendorId, productId, organizationId: actor.organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (existing) await tx.patchSla.update({ where: { id: existing.id }, data: days });
    else await tx.patchSla.create({ data: { ...input, organizationId: actor.organizationId } });
    const diff = changes((existing ?? {}) as Record<string, unknown>, days);
    await recordAudit(tx, { ...auditActor(actor), action: "patch_sla.set", entityType: "PatchSla", entityId: existing?.id ?? null, vendorId, before: existing ? diff.before : null, after: diff.after });
  });
}

export async function addProduct(actor: Actor, input: z.output<typeof productSchema>) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      await ownVendor(tx, actor, input.vendorId);
      const product = await tx.product.create({ data: { ...input, organizationId: actor.organizationId } });
      await recordAudit(tx, { ...auditActor(actor), action: "product.added", entityType: "Product", entityId: product.id, vendorId: input.vendorId, after: { kevVendor: input.kevVendor, kevProduct: input.kevProduct, version: input.version } });
      return product;
    })
    .catch(onDuplicate("This product is already recorded for the vendor", "kevProduct"));
}

export async function removeProduct(actor: Actor, vendorId: string, productId: string) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    const product = await ownProduct(tx, actor, productId);
    if (product.vendorId !== vendorId) throw new NotFoundError("product");
    const ledger = await tx.vulnerabilityRecord.count({ where: { productId } });
    await tx.product.delete({ where: { id: productId } });
    await recordAudit(tx, { ...auditActor(actor), action: "product.removed", entityType: "Product", entityId: productId, vendorId, before: { kevVendor: product.kevVendor, kevProduct: product.kevProduct, ledgerEntries: ledger } });
  });
}

const ledgerSnapshot = (v: VulnerabilityFields) => JSON.parse(JSON.stringify(v));

const duplicateCve = onDuplicate("This CVE is already in the product's ledger", "cveId");

export async function addVulnerability(actor: Actor, productId: string, input: VulnerabilityFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const product = await ownProduct(tx, actor, productId);
      const record = await tx.vulnerabilityRecord.create({ data: { ...input, productId, organizationId: actor.organizationId } });
      await recordAudit(tx, { ...auditActor(actor), action: "vulnerability.recorded", entityType: "VulnerabilityRecord", entityId: record.id, vendorId: product.vendorId, after: ledgerSnapshot(input) });
      return record;
    })
    .catch(duplicateCve);
}

export async function updateVulnerability(actor: Actor, id: string, input: VulnerabilityFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const before = await tx.vulnerabilityRecord.findFirst({ where: { id, organizationId: actor.organizationId }, include: { product: true } });
      if (!before) throw new NotFoundError("ledger entry");
      // A deployment day typed in by hand no longer comes from a vendor's advisory answer.
      const sameDeployment = before.deployedAt?.getTime() === input.deployedAt?.getTime();
      await tx.vulnerabilityRecord.update({ where: { id }, data: sameDeployment ? input : { ...input, deployedFromRequestId: null } });
      const diff = changes(before as unknown as Record<string, unknown>, input);
      if (diff.changed.length) await recordAudit(tx, { ...auditActor(actor), action: "vulnerability.updated", entityType: "VulnerabilityRecord", entityId: id, vendorId: before.product.vendorId, before: diff.before, after: diff.after });
      return before.product.vendorId;
    })
    .catch(duplicateCve);
}

export async function removeVulnerability(actor: Actor, id: string) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.vulnerabilityRecord.findFirst({ where: { id, organizationId: actor.organizationId }, include: { product: true } });
    if (!before) throw new NotFoundError("ledger entry");
    await tx.vulnerabilityRecord.delete({ where: { id } });
    await recordAudit(tx, { ...auditActor(actor), action: "vulnerability.removed", entityType: "VulnerabilityRecord", entityId: id, vendorId: before.product.vendorId, before: { cveId: before.cveId, severity: before.severity } });
    return before.product.vendorId;
  });
}

export async function getVulnerability(actor: Actor, id: string) {
  if (actor.role === "VENDOR") return null;
  return db().vulnerabilityRecord.findFirst({ where: { id, organizationId: actor.organizationId }, include: { product: true } });
}

export interface LedgerRow {
  record: Prisma.VulnerabilityRecordGetPayload<object>;
  /** The advisory answer the deployment day was recorded from, if it was. */
  deployedFrom: { requestId: string; campaignId: string } | null;
  kev: { dateAdded: Date; dueDate: Date; knownRansomwareCampaignUse: string } | null;
  assessment: PatchAssessment;
}

/** Everything on a vendor's patching tab, with time-to-patch and breaches computed as of `asOf`. */
export async function vendorPatching(actor: Actor, vendorId: string, asOf = new Date()) {
  if (actor.role === "VENDOR") return null;
  const where = { vendorId, organizationId: actor.organizationId };
  const [slas, products] = await Promise.all([
    db().patchSla.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().product.findMany({
      where,
      include: { vulnerabilities: { orderBy: [{ disclosedAt: "desc" }, { cveId: "asc" }], include: { deployedFromRequest: { select: { id: true, campaignId: true } } } } },
      orderBy: [{ kevVendor: "asc" }, { kevProduct: "asc" }, { id: "asc" }],
    }),
  ]);
  const cves = products.flatMap((p) => p.vulnerabilities.map((v) => v.cveId));
  const kev = new Map(
    (await db().kevEntry.findMany({ where: { organizationId: actor.organizationId, cveId: { in: cves } } })).map((k) => [k.cveId, k]),
  );
  const rows = products.map((product) => {
    const sla = applicableSla(slas, product.id);
    const ledger: LedgerRow[] = product.vulnerabilities.map(({ deployedFromRequest, ...record }) => {
      const k = kev.get(record.cveId) ?? null;
      return {
        record,
        deployedFrom: deployedFromRequest && { requestId: deployedFromRequest.id, campaignId: deployedFromRequest.campaignId },
        kev: k && { dateAdded: k.dateAdded, dueDate: k.dueDate, knownRansomwareCampaignUse: k.knownRansomwareCampaignUse },
        assessment: assessPatch({ ...record, kevDueDate: k?.dueDate ?? null }, slaDaysOf(sla), asOf),
      };
    });
    return { product, sla, ledger };
  });
  const all = rows.flatMap((r) => r.ledger);
  return {
    vendorSla: slas.find((s) => s.productId === null) ?? null,
    productSlas: slas.filter((s) => s.productId !== null),
    products: rows,
    summary: {
      entries: all.length,
      breaches: all.filter((r) => r.assessment.breached).length,
      openOnOurSide: all.filter((r) => !r.assessment.ours.done).length,
      medianVendorDays: median(all.filter((r) => r.assessment.vendor.done).map((r) => r.assessment.vendor.days!)),
      medianOurDays: median(all.filter((r) => r.assessment.ours.done).map((r) => r.assessment.ours.days!)),
    },
  };
}

/** Entries the portfolio view lists; the totals count them all. */
export const PATCHING_LISTED = 200;

/**
 * Across vendors: ledger entries still open on either side, and every breach of the last year, worst first (the
 * first `limit`), with the totals.
 */
export async function portfolioPatching(actor: Actor, asOf = new Date(), limit = PATCHING_LISTED) {
  if (actor.role === "VENDOR") return { rows: [], total: 0, breaches: 0 };
  const since = new Date(asOf.getTime() - 365 * 86_400_000);
  const queue = await patchingQueue(actor.organizationId, asOf, since, limit);
  const records = await db().vulnerabilityRecord.findMany({
    where: { organizationId: actor.organizationId, id: { in: queue.ids } },
    include: { product: { select: { id: true, vendorId: true, kevVendor: true, kevProduct: true, vendor: { select: { id: true, name: true } } } } },
  });
  const [slas, kevs] = await Promise.all([
    db().patchSla.findMany({ where: { organizationId: actor.organizationId, vendorId: { in: records.map((r) => r.product.vendorId) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().kevEntry.findMany({ where: { organizationId: actor.organizationId, cveId: { in: records.map((r) => r.cveId) } } }),
  ]);
  const kev = new Map(kevs.map((k) => [k.cveId, k]));
  const byId = new Map(
    records.map((record) => {
      const k = kev.get(record.cveId) ?? null;
      const sla = applicableSla(slas.filter((s) => s.vendorId === record.product.vendorId), record.productId);
      return [record.id, { record, vendor: record.product.vendor, product: record.product, kev: k, assessment: assessPatch({ ...record, kevDueDate: k?.dueDate ?? null }, slaDaysOf(sla), asOf) }];
    }),
  );
  return { rows: queue.ids.map((id) => byId.get(id)!), total: queue.total, breaches: queue.breaches };
}
