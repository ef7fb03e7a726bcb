import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addProduct, addVulnerability, portfolioPatching, removeProduct, setPatchSla, updateVulnerability, vendorPatching } from "./patching";
import { slaSchema, vulnerabilityFields } from "./schema";
import { applicableSla, assessPatch, slaDaysOf } from "./sla";

const vuln = (fields: Record<string, string>) => vulnerabilityFields.parse({ severity: "CRITICAL", disclosedAt: "2026-03-01", ...fields });
const asOf = new Date("2026-04-01T12:00:00Z");

async function setup() {
  const org = await createOrganization();
  const { actor } = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await createVendor(org.id);
  const product = await addProduct(actor, { vendorId: vendor.id, kevVendor: "Acme", kevProduct: "Remote Agent", version: "1.0" });
  return { org, actor, vendor, product };
}

describe("patch SLA and ledger", () => {
  it("validates the ledger's dates and the SLA's order", () => {
    const bad = vulnerabilityFields.safeParse({ cveId: "2021-1", severity: "CRITICAL", disclosedAt: "2026-03-10", fixReleasedAt: "2026-03-01", deployedAt: "2026-02-01" });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["cveId", "deployedAt", "fixReleasedAt"]);
    expect(vulnerabilityFields.safeParse({ cveId: "CVE-2026-1234", severity: "LOW", disclosedAt: "2026-03-10", deployedAt: "2026-03-11" }).error?.issues[0]?.message).toMatch(/fix first/);
    const sla = slaSchema.safeParse({ vendorId: "v", criticalDays: "30", highDays: "7", mediumDays: "90", lowDays: "180" });
    expect(sla.error?.issues[0]?.path).toEqual(["highDays"]);
  });

  it("computes time to patch and breaches from the vendor's SLA, never stored", async () => {
    const { actor, vendor, product } = await setup();
    await setPatchSla(actor, slaSchema.parse({ vendorId: vendor.id, criticalDays: "7", highDays: "30", mediumDays: "90", lowDays: "180" }));
    await addVulnerability(actor, product.id, vuln({ cveId: "CVE-2026-0001", fixReleasedAt: "2026-03-20" }));
    await addVulnerability(actor, product.id, vuln({ cveId: "CVE-2026-0002", fixReleasedAt: "2026-03-03", deployedAt: "2026-03-05" }));
    const view = (await vendorPatching(actor, vendor.id, asOf))!;
    const [late, fine] = [...view.products[0]!.ledger].sort((a, b) => a.record.cveId.localeCompare(b.record.cveId));
    expect(late!.assessment.vendor).toMatchObject({ days: 19, allowedDays: 7, breached: true });
    expect(late!.assessment.ours).toMatchObject({ days: 12, done: false, breached: true });
    expect(fine!.assessment.breached).toBe(false);
    expect(view.summary).toMatchObject({ entries: 2, breaches: 1, openOnOurSide: 1, medianVendorDays: 11, medianOurDays: 2 });

    const portfolio = await portfolioPatching(actor, asOf);
    expect(portfolio).toMatchObject({ total: 1, breaches: 1 });
    expect(portfolio.rows.map((r) => r.record.cveId)).toEqual(["CVE-2026-0001"]);
  });

  it("prefers a product's own SLA, and updates the vendor-wide one in place", async () => {
    const { actor, vendor, product } = await setup();
    await setPatchSla(actor, slaSchema.parse({ vendorId: vendor.id, criticalDays: "7", highDays: "30", mediumDays: "90", lowDays: "180" }));
    await setPatchSla(actor, slaSchema.parse({ vendorId: vendor.id, criticalDays: "10", highDays: "30", mediumDays: "90", lowDays: "180" }));
    await setPatchSla(actor, slaSchema.parse({ vendorId: vendor.id, productId: product.id, criticalDays: "30", highDays: "30", mediumDays: "90", lowDays: "180" }));
    expect(await db().patchSla.count({ where: { vendorId: vendor.id } })).toBe(2);
    await addVulnerability(actor, product.id, vuln({ cveId: "CVE-2026-0003", fixReleasedAt: "2026-03-20" }));
    const view = (await vendorPatching(actor, vendor.id, asOf))!;
    expect(view.products[0]!.ledger[0]!.assessment.vendor).toMatchObject({ allowedDays: 30, breached: false });
    expect(view.vendorSla?.criticalDays).toBe(10);
  });

  it("refuses a CVE twice for one product, and records updates in the vendor's history", async () => {
    const { org, actor, vendor, product } = await setup();
    const record = await addVulnerability(actor, product.id, vuln({ cveId: "CVE-2026-0004" }));
    await expect(addVulnerability(actor, product.id, vuln({ cveId: "cve-2026-0004" }))).rejects.toMatchObject({ field: "cveId" });
    await updateVulnerability(actor, record.id, vuln({ cveId: "CVE-2026-0004", fixReleasedAt: "2026-03-04" }));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, vendorId: vendor.id, action: "vulnerability.updated" } });
    expect(audit.after).toEqual({ fixReleasedAt: "2026-03-04T00:00:00.000Z" });
  });

  it("keeps other organizations out", async () => {
    const { vendor, product } = await setup();
    const other = await setup();
    await expect(addVulnerability(other.actor, product.id, vuln({ cveId: "CVE-2026-0005" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeProduct(other.actor, vendor.id, product.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setPatchSla(other.actor, slaSchema.parse({ vendorId: vendor.id, criticalDays: "1", highDays: "1", mediumDays: "1", lowDays: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await vendorPatching(other.actor, vendor.id))!.products).toEqual([]);
  });

  it("lists the portfolio's open entries and breaches as the patching rules decide them, worst first", async () => {
    const { org, actor } = await setup();
    const DAY = 86_400_000;
    const entry = fc.record({
      vendor: fc.integer({ min: 0, max: 2 }),
      severity: fc.constantFrom("CRITICAL", "HIGH", "MEDIUM", "LOW" as const),
      disclosedAgo: fc.integer({ min: 0, max: 500 }),
      fixAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      deployAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      kevDueAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 2 }),
    });
    const specs = fc.sample(entry, { numRuns: 60, seed: 20261127 });
    const products: { id: string }[] = [];
    for (let v = 0; v < 3; v++) {
      const vendor = await createVendor(org.id, `Patcher ${v}`);
      if (v) await setPatchSla(actor, slaSchema.parse({ vendorId: vendor.id, criticalDays: String(3 * v), highDays: "20", mediumDays: "40", lowDays: "90" }));
      products.push(await addProduct(actor, { vendorId: vendor.id, kevVendor: "Gen", kevProduct: `P${v}`, version: null }));
    }
    const day = (ms: number) => new Date(new Date(ms).toISOString().slice(0, 10) + "T00:00:00Z");
    const kevData = { vendorProject: "Gen", product: "P", shortDescription: "", requiredAction: "", knownRansomwareCampaignUse: "Unknown" };
    const entries = specs.map((e, i) => {
      const cveId = `CVE-2025-${1000 + i}`;
      const disclosedAt = day(asOf.getTime() - e.disclosedAgo * DAY);
      const fixReleasedAt = e.fixAfter == null ? null : day(Math.min(disclosedAt.getTime() + e.fixAfter * DAY, asOf.getTime()));
      const deployedAt = fixReleasedAt && e.deployAfter != null ? day(Math.min(fixReleasedAt.getTime() + e.deployAfter * DAY, asOf.getTime())) : null;
      const kev = e.kevDueAfter == null ? null : { organizationId: org.id, cveId, vulnerabilityName: cveId, dateAdded: disclosedAt, dueDate: day(disclosedAt.getTime() + e.kevDueAfter * DAY), ...kevData };
      return { record: { organizationId: org.id, productId: products[e.vendor]!.id, cveId, severity: e.severity, disclosedAt, fixReleasedAt, deployedAt }, kev };
    });
    await db().vulnerabilityRecord.createMany({ data: entries.map((e) => e.record) });
    await db().kevEntry.createMany({ data: entries.flatMap((e) => (e.kev ? [e.kev] : [])) });
    // The same view computed entry by entry with assessPatch.
    const since = asOf.getTime() - 365 * DAY;
    const records = await db().vulnerabilityRecord.findMany({ where: { organizationId: org.id }, include: { product: true } });
    const slas = await db().patchSla.findMany({ where: { organizationId: org.id } });
    const kevs = new Map((await db().kevEntry.findMany({ where: { organizationId: org.id } })).map((k) => [k.cveId, k]));
    const expected = records
      .filter((r) => !r.deployedAt || r.deployedAt.getTime() >= since)
      .map((r) => {
        const sla = applicableSla(slas.filter((s) => s.vendorId === r.product.vendorId), r.productId);
        return { r, kev: kevs.has(r.cveId), a: assessPatch({ ...r, kevDueDate: kevs.get(r.cveId)?.dueDate ?? null }, slaDaysOf(sla), asOf) };
      })
      .filter(({ a }) => a.breached || !a.ours.done)
      .sort((x, y) => Number(y.a.breached) - Number(x.a.breached) || Number(y.kev) - Number(x.kev) || x.r.disclosedAt.getTime() - y.r.disclosedAt.getTime() || (x.r.id < y.r.id ? -1 : 1));

    const limit = 20;
    const portfolio = await portfolioPatching(actor, asOf, limit);
    expect({ total: portfolio.total, breaches: portfolio.breaches }).toEqual({ total: expected.length, breaches: expected.filter(({ a }) => a.breached).length });
    expect(portfolio.rows.map((row) => row.record.id)).toEqual(expected.slice(0, limit).map(({ r }) => r.id));
    expect(portfolio.rows.map((row) => row.assessment.breached)).toEqual(expected.slice(0, limit).map(({ a }) => a.breached));
    expect(expected.length).toBeGreaterThan(limit);
    expect(portfolio.breaches).toBeGreaterThan(0);
    expect(portfolio.breaches).toBeLessThan(expected.length);
  });
});
