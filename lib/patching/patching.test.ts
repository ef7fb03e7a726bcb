import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addProduct, addVulnerability, portfolioPatching, removeProduct, setPatchSla, updateVulnerability, vendorPatching } from "./patching";
import { slaSchema, vulnerabilityFields } from "./schema";

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
    expect(portfolio.map((r) => r.record.cveId)).toEqual(["CVE-2026-0001"]);
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
});
