import { describe, expect, it } from "vitest";
import { createChannel, setChannelDisabled } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { db } from "@/lib/db";
import { importKevEntries, parseKevCatalog } from "@/lib/kev/kev";
import { DEFAULT_TUNABLES } from "@/lib/risk/model";
import { updateRiskWeights } from "@/lib/organization/settings";
import { createSystem, updateSystem } from "@/lib/systems/systems";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { refreshRiskScores, storedRisks, storedVendorRisk } from "./stored";
import { loadVendorRisks } from "./vendor-risk";

async function setup() {
  const org = await createOrganization();
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const { actor: admin } = await createMember(org.id, "ADMIN");
  const erp = await createSystem(manager, { name: "ERP", description: null, criticality: "MEDIUM", owner: null });
  const wiki = await createSystem(manager, { name: "Wiki", description: null, criticality: "LOW", owner: null });
  const msp = await createVendor(org.id, "MSP");
  const printer = await createVendor(org.id, "Printer Co");
  const channel = (name: string, systemIds: string[], privilege = "CODE_EXECUTION") =>
    channelFields.parse({ name, kind: "RMM", direction: "VENDOR_PUSHES", privilege, tool: "Kaseya VSA", systemIds });
  const rmm = await createChannel(manager, msp.id, channel("RMM", [erp.id]));
  await createChannel(manager, printer.id, channel("Print feed", [wiki.id], "READ"));
  await refreshRiskScores(org.id);
  return { org, manager, admin, erp, wiki, msp, printer, rmm };
}

/** The vendors whose scores wait for recomputation; the stale flag always agrees with the change counters. */
async function stale(organizationId: string) {
  const rows = await db().$queryRaw<{ vendorId: string; flagged: boolean; moved: boolean }[]>`
    SELECT "vendorId", stale AS flagged, changes <> "computedChanges" AS moved FROM "VendorRiskScore" WHERE "organizationId" = ${organizationId} ORDER BY "vendorId"`;
  expect(rows.filter((r) => r.flagged !== r.moved)).toEqual([]);
  return rows.filter((r) => r.moved).map((r) => r.vendorId);
}

describe("stored risk scores", () => {
  it("equal the scores computed from the records, and follow every change before they are read", async () => {
    const { manager, msp, rmm } = await setup();
    const check = async () => {
      const computed = new Map((await loadVendorRisks(manager)).map((r) => [r.vendor.id, r.score]));
      const stored = await storedRisks(manager);
      expect(stored.length).toBe(computed.size);
      for (const s of stored) {
        const c = computed.get(s.vendorId)!;
        expect([s.vendorId, s.impact, s.likelihood, s.residual, s.level, s.detail.factors]).toEqual([s.vendorId, c.impact, c.likelihood, c.residual, c.level, c.factors]);
      }
      return stored;
    };
    const before = (await check()).find((s) => s.vendorId === msp.id)!;
    expect(before.activeAlarms).toBeGreaterThan(0);
    await setChannelDisabled(manager, rmm.id, "Contract ended");
    const after = (await check()).find((s) => s.vendorId === msp.id)!;
    expect(after.residual).toBeLessThan(before.residual);
    expect(after.activeAlarms).toBe(0);
  });

  it("a change marks exactly the vendors it concerns: the channel's vendor; a system's vendors; the whole organization for KEV and weights", async () => {
    const { org, manager, admin, erp, msp, printer, rmm } = await setup();
    const other = await setup();
    expect(await stale(org.id)).toEqual([]);

    await setChannelDisabled(manager, rmm.id, null);
    expect(await stale(org.id)).toEqual([msp.id]);
    await refreshRiskScores(org.id);

    await updateSystem(manager, erp.id, { name: "ERP", description: null, criticality: "CRITICAL", owner: null });
    expect(await stale(org.id)).toEqual([msp.id]);
    await refreshRiskScores(org.id);

    await db().$transaction((tx) => importKevEntries(tx, org.id, parseKevCatalog(JSON.stringify({ catalogVersion: "t", dateReleased: "2026-11-01T00:00:00Z", count: 0, vulnerabilities: [] })), null));
    await db().kevEntry.create({
      data: { organizationId: org.id, cveId: "CVE-2021-30116", vendorProject: "Kaseya", product: "VSA", vulnerabilityName: "x", dateAdded: new Date("2021-11-03"), shortDescription: "x", requiredAction: "x", dueDate: new Date("2021-11-17"), knownRansomwareCampaignUse: "Known" },
    });
    expect(await stale(org.id)).toEqual([msp.id, printer.id].sort());
    await refreshRiskScores(org.id);

    await updateRiskWeights(admin, { ...DEFAULT_TUNABLES, criticalFunction: 20 });
    expect(await stale(org.id)).toEqual([msp.id, printer.id].sort());
    // Another organization's scores never moved.
    expect(await stale(other.org.id)).toEqual([]);
  });

  it("every kind of risk input marks its vendor, on insert, update and delete; a row moved between vendors marks both", async () => {
    const { org, erp, msp, printer, rmm } = await setup();
    const changesOf = async (vendorId: string) => (await db().vendorRiskScore.findUniqueOrThrow({ where: { vendorId } })).changes;
    const marks = async (expected: string[], write: () => Promise<unknown>) => {
      await refreshRiskScores(org.id);
      await write();
      expect(await stale(org.id), write.toString()).toEqual([...expected].sort());
    };
    const product = await db().product.create({ data: { organizationId: org.id, vendorId: msp.id, kevVendor: "Kaseya", kevProduct: "VSA" } });
    await marks([msp.id], () => db().vendor.update({ where: { id: msp.id }, data: { criticalFunction: true } }));
    await marks([msp.id], () => db().patchSla.create({ data: { organizationId: org.id, vendorId: msp.id, criticalDays: 7, highDays: 14, mediumDays: 30, lowDays: 90 } }));
    await marks([msp.id], () => db().vulnerabilityRecord.create({ data: { organizationId: org.id, productId: product.id, cveId: "CVE-2026-1", severity: "HIGH", disclosedAt: new Date("2026-01-01") } }));
    await marks([msp.id], () => db().vulnerabilityRecord.updateMany({ where: { productId: product.id }, data: { deployedAt: new Date("2026-02-01") } }));
    await marks([msp.id], () => db().vulnerabilityRecord.deleteMany({ where: { productId: product.id } }));
    const finding = await db().finding.create({ data: { organizationId: org.id, vendorId: msp.id, title: "Open port", severity: "HIGH" } });
    await marks([msp.id, printer.id], () => db().finding.update({ where: { id: finding.id }, data: { vendorId: printer.id } }));
    await marks([printer.id], () => db().finding.delete({ where: { id: finding.id } }));
    await marks([msp.id], () => db().alarmAcceptance.create({ data: { organizationId: org.id, vendorId: msp.id, channelId: rmm.id, acceptedUntil: new Date(Date.now() + 86_400_000), acceptedByEmail: "a@example.com", justification: "Change freeze" } }));
    await marks([msp.id], () => db().channelSystem.deleteMany({ where: { channelId: rmm.id } }));
    await marks([msp.id], () => db().channelSystem.create({ data: { channelId: rmm.id, systemId: erp.id } }));
    // Deleting a system deletes its links (cascade): the vendors whose channels reached it are marked.
    await marks([msp.id], () => db().system.delete({ where: { id: erp.id } }));
    // One statement over many rows marks each vendor once.
    const before = await changesOf(msp.id);
    await marks([msp.id, printer.id], () =>
      db().finding.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ organizationId: org.id, vendorId: i % 2 ? msp.id : printer.id, title: `Finding ${i}`, severity: "LOW" as const })) }),
    );
    expect(await changesOf(msp.id)).toBe(before + 1);
  });

  it("concurrent refreshes of one organization neither deadlock nor leave a score behind; readers share one", async () => {
    const { org, manager } = await setup();
    const vendors = [];
    for (let i = 0; i < 40; i++) vendors.push(await createVendor(org.id, `Vendor ${i}`));
    // Forty vendor pages opened at once, each finding the new vendors' scores stale.
    expect((await Promise.all(vendors.map((v) => storedVendorRisk(manager, v.id)))).every((r) => r !== null)).toBe(true);
    const written = await Promise.all(Array.from({ length: 8 }, () => refreshRiskScores(org.id, new Date(), true)));
    // Each score was written at least once; a row another refresh held was skipped, not waited for.
    expect(written.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(42);
    expect(await stale(org.id)).toEqual([]);
    // Several workers, a chunk of 5 each at a time: every score is written and counted once.
    expect(await refreshRiskScores(org.id, new Date(), true, 5)).toBe(42);
    await db().vendor.updateMany({ where: { organizationId: org.id }, data: { criticalFunction: true } });
    const reads = await Promise.all(Array.from({ length: 8 }, () => storedRisks(manager)));
    expect(reads.every((r) => r.length === 42)).toBe(true);
    expect(await stale(org.id)).toEqual([]);
  });

  it("a score computed for another day is recomputed: time alone moves SLA breaches and overdue reviews", async () => {
    const { org, manager } = await setup();
    expect(await refreshRiskScores(org.id)).toBe(0);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await refreshRiskScores(org.id, tomorrow)).toBe(2);
    expect((await storedRisks(manager, {}, { asOf: tomorrow })).map((s) => s.asOfDay?.toISOString().slice(0, 10))).toEqual([
      tomorrow.toISOString().slice(0, 10),
      tomorrow.toISOString().slice(0, 10),
    ]);
  });
});

describe("risk generation", () => {
  it("rises once per transaction that changes a risk input, however many rows it writes, and only for its organization", async () => {
    const { org, manager, msp } = await setup();
    const other = await setup();
    const generation = async (id: string) => (await db().organization.findUniqueOrThrow({ where: { id } })).riskGeneration;
    const [before, otherBefore] = [await generation(org.id), await generation(other.org.id)];
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await tx.finding.create({ data: { organizationId: org.id, vendorId: msp.id, title: `Finding ${i}`, severity: "LOW" } });
    });
    expect(await generation(org.id)).toBe(before + 1);
    await securityDashboardSees(manager, 20);
    await db().finding.create({ data: { organizationId: org.id, vendorId: msp.id, title: "One more", severity: "LOW" } });
    expect(await generation(org.id)).toBe(before + 2);
    await securityDashboardSees(manager, 21);
    expect(await generation(other.org.id)).toBe(otherBefore);
  });
});

/** The cached dashboard follows the records: the MSP's findings show in its score's factors at once. */
async function securityDashboardSees(actor: Awaited<ReturnType<typeof setup>>["manager"], findings: number) {
  const { securityDashboard } = await import("./dashboard");
  const first = await securityDashboard(actor);
  const msp = first.top.find((t) => t.vendor.name === "MSP")!;
  expect(msp.score.factors.map((f) => f.text).join(" ")).toContain(`${findings}`);
}
