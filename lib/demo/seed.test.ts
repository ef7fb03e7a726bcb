import { describe, expect, it } from "vitest";
import { createMember } from "@/tests/factories";
import { kevMatches } from "@/lib/kev/kev";
import { executiveDashboard } from "@/lib/risk/dashboard";
import { vendorPatching } from "@/lib/patching/patching";
import { db } from "@/lib/db";
import { DEMO_ORGANIZATION, demoUsers, seedDemo } from "./seed";
import { demoChannels } from "./register";
import { demoVendors } from "./vendors";
import { isValidLei } from "@/lib/vendors/lei";

describe("demo seed", () => {
  it("is idempotent: a second run creates nothing twice", async () => {
    const orgId = await seedDemo();
    const count = async () => ({
      orgs: await db().organization.count({ where: { slug: DEMO_ORGANIZATION.slug } }),
      vendors: await db().vendor.count({ where: { organizationId: orgId } }),
      // Other test files add members and audited changes to the demo organization at the same time: count the seed's own.
      members: await db().membership.count({ where: { organizationId: orgId, user: { email: { in: demoUsers.map((u) => u.email) } } } }),
      audit: await db().auditEvent.count({ where: { organizationId: orgId, action: "organization.created" } }),
      channels: await db().accessChannel.count({ where: { organizationId: orgId } }),
      links: await db().channelSystem.count({ where: { channel: { organizationId: orgId } } }),
      fourthParties: await db().subSupplier.count({ where: { organizationId: orgId } }),
      products: await db().product.count({ where: { organizationId: orgId } }),
      ledger: await db().vulnerabilityRecord.count({ where: { organizationId: orgId } }),
      kev: await db().kevEntry.count({ where: { organizationId: orgId } }),
      contacts: await db().vendorContact.count({ where: { organizationId: orgId } }),
      templates: await db().templateVersion.count({ where: { organizationId: orgId, status: "PUBLISHED" } }),
      tierHistory: await db().vendorTierChange.count({ where: { organizationId: orgId } }),
      assessments: await db().assessment.count({ where: { organizationId: orgId, status: "COMPLETED" } }),
      findings: await db().finding.count({ where: { organizationId: orgId, createdByEmail: "security@northbridge.example" } }),
    });
    const first = await count();
    expect(first.templates).toBe(3);
    expect(await seedDemo()).toBe(orgId);
    expect(await count()).toEqual(first);
    expect(first).toMatchObject({ orgs: 1, vendors: demoVendors.length, members: demoUsers.length, audit: 1, channels: demoChannels.length });
  });

  it("starts every tiered vendor's tier history with the tier it was given", async () => {
    const orgId = await seedDemo();
    const vendors = await db().vendor.findMany({ where: { organizationId: orgId, tier: { not: null } }, include: { tierChanges: { orderBy: { createdAt: "asc" } } } });
    expect(vendors.length).toBeGreaterThan(0);
    for (const v of vendors) expect(v.tierChanges[0], v.name).toMatchObject({ fromTier: null, toTier: v.tier });
  });

  it("has a year of score history in which the portfolio improves, for the executive trend", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const { trend } = await executiveDashboard(actor);
    expect(trend.length).toBeGreaterThanOrEqual(11);
    expect(trend[0]!.averageResidual).toBeGreaterThan(trend.at(-1)!.averageResidual);
  });

  it("has completed, scored questionnaires with findings, so coverage and the vendor pages have something to show", async () => {
    const orgId = await seedDemo();
    const completed = await db().assessment.findMany({ where: { organizationId: orgId, status: "COMPLETED" }, include: { findings: true, answers: true, vendor: true } });
    expect(completed.filter((a) => a.findings.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const a of completed) {
      expect(a.score, a.vendor.name).toBeGreaterThan(0);
      expect(a.answers.length, a.vendor.name).toBeGreaterThan(10);
      // Every finding comes from an answer the reviewer flagged.
      for (const f of a.findings) expect(a.answers.find((x) => x.questionKey === f.questionKey)?.verdict).toBe("FINDING");
    }
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const { coverage } = await executiveDashboard(actor);
    expect(coverage.assessed.part).toBeGreaterThanOrEqual(3);
  });

  it("keeps a complete record for the MSP: LEI, contract dates, a security contact on call 24/7, tier history", async () => {
    const orgId = await seedDemo();
    const msp = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" }, include: { contacts: true, tierChanges: true } });
    expect(isValidLei(msp.lei ?? "")).toBe(true);
    expect(msp.contractStart!.getTime()).toBeLessThan(Date.now());
    expect(msp.contractEnd!.getTime()).toBeGreaterThan(Date.now());
    expect(msp.renewalDate!.getTime()).toBeLessThan(msp.contractEnd!.getTime());
    expect(msp.noticePeriodDays).toBe(90);
    expect(msp.contacts.find((c) => c.isSecurityContact)).toMatchObject({ availability: "ALWAYS" });
    expect(msp.tierChanges.length).toBeGreaterThan(0);
  });

  it("has one user per role and binds the vendor contact to the MSP", async () => {
    const orgId = await seedDemo();
    const memberships = await db().membership.findMany({ where: { organizationId: orgId }, include: { vendor: true } });
    expect(new Set(memberships.map((m) => m.role))).toEqual(new Set(["ADMIN", "SECURITY_MANAGER", "EXECUTIVE", "VENDOR"]));
    expect(memberships.find((m) => m.role === "VENDOR")?.vendor?.name).toBe("BrightPath IT Services");
    expect(demoVendors.length).toBeGreaterThanOrEqual(25);
  });
});

describe("demo register", () => {
  it("includes the Kaseya pattern: the MSP's RMM can run code on critical servers, always on, without MFA", async () => {
    const orgId = await seedDemo();
    const rmm = await db().accessChannel.findFirstOrThrow({
      where: { organizationId: orgId, vendor: { name: "BrightPath IT Services" }, kind: "RMM" },
      include: { systems: { include: { system: true } } },
    });
    expect(rmm).toMatchObject({ privilege: "CODE_EXECUTION", alwaysOn: true, mfaEnforced: false, tool: "Kaseya VSA" });
    expect(rmm.systems.filter((s) => s.system.criticality === "CRITICAL").length).toBeGreaterThanOrEqual(3);
  });

  it("gives the MSP a KEV-listed flaw in its RMM tool that is past its SLA", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "SECURITY_MANAGER");
    const msp = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" } });
    const view = (await vendorPatching(actor, msp.id))!;
    const kaseya = view.products.flatMap((p) => p.ledger).find((r) => r.record.cveId === "CVE-2021-30116")!;
    expect(kaseya.kev).not.toBeNull();
    expect(kaseya.assessment.breached).toBe(true);
    expect((await kevMatches(actor, msp.id)).some((m) => m.entry.cveId === "CVE-2021-30116" && !m.deployed)).toBe(true);
  });
});
