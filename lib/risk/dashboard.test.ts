import { describe, expect, it } from "vitest";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { createFinding } from "@/lib/findings/findings";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { acceptAlarm } from "./alarms";
import { ALARMS_PER_VENDOR, band, BANDS, cellLevel, executiveDashboard, rankedRisks, RISKS_PAGE_SIZE, securityDashboard, snapshotRiskScores, storedHeatMap } from "./dashboard";
import { WEIGHTS } from "./model";
import { loadVendorRisks } from "./vendor-risk";

describe("dashboards", () => {
  it("every heat-map cell links to exactly the vendors it counts", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "SECURITY_MANAGER");
    const rows = await loadVendorRisks(actor);
    const all = await rankedRisks(actor); // brings the stored scores up to date first
    const cells = await storedHeatMap(orgId);
    let total = 0;
    for (let i = 0; i < BANDS; i++)
      for (let l = 0; l < BANDS; l++) {
        const listed = await rankedRisks(actor, { impactBand: i, likelihoodBand: l });
        expect(listed.total).toBe(cells[i]![l]);
        // The same vendors the computed scores put in that cell.
        const computed = rows.filter((r) => band(r.score.impact) === i && band(r.score.likelihood) === l).map((r) => r.vendor.id);
        expect(listed.rows.map((r) => r.vendor.id).sort()).toEqual(computed.sort());
        total += cells[i]![l]!;
      }
    expect(total).toBe(rows.length);
    // By level, ranked, and a page at a time.
    expect(all.total).toBe(rows.length);
    expect(all.rows.map((r) => r.score.residual)).toEqual([...rows.map((r) => r.score.residual)].sort((a, b) => b - a).slice(0, RISKS_PAGE_SIZE));
    const critical = await rankedRisks(actor, { level: "critical" });
    expect(critical.total).toBe(rows.filter((r) => r.score.level === "critical").length);
    expect(critical.rows.every((r) => r.score.level === "critical")).toBe(true);
    expect((await rankedRisks(actor, {}, 999)).page).toBe(all.pageCount);
    const dashboard = await securityDashboard(actor);
    expect(dashboard.top[0]!.vendor.name).toBe("BrightPath IT Services");
    expect(dashboard.alarms.some((a) => a.vendor.name === "BrightPath IT Services")).toBe(true);
  });

  it("lists a few alarms of each vendor, and counts them all", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const provider = await createVendor(org.id, "Large Provider");
    const count = ALARMS_PER_VENDOR + 4;
    await db().accessChannel.createMany({
      data: Array.from({ length: count }, (_, i) => ({ organizationId: org.id, vendorId: provider.id, name: `RMM ${i}`, kind: "RMM" as const, direction: "VENDOR_PUSHES" as const, privilege: "CODE_EXECUTION" as const })),
    });
    const dashboard = await securityDashboard(actor);
    expect(dashboard.alarmCount).toBe(count);
    expect(dashboard.alarms.map((a) => a.vendor.name)).toEqual(Array(ALARMS_PER_VENDOR).fill("Large Provider"));
  });

  it("an accepted Kaseya-pattern alarm leaves the dashboard until its expiry, then returns", async () => {
    const orgId = await seedDemo();
    const { actor: executive } = await createMember(orgId, "EXECUTIVE");
    const { actor: manager } = await createMember(orgId, "SECURITY_MANAGER");
    const msp = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" } });
    const before = await securityDashboard(manager);
    const alarm = before.alarms.find((a) => a.vendor.id === msp.id)!;
    await expect(acceptAlarm(manager, { vendorId: msp.id, channelId: alarm.alarm.channelId!, justification: "x", acceptedUntil: daysAfter(30) })).rejects.toThrow(/administrator or an executive/);
    await acceptAlarm(executive, { vendorId: msp.id, channelId: alarm.alarm.channelId!, justification: "Isolated segment until the migration", acceptedUntil: daysAfter(30) });
    const after = await securityDashboard(manager);
    expect(after.alarms.some((a) => a.alarm.channelId === alarm.alarm.channelId)).toBe(false);
    expect(after.acceptedAlarms).toBe(before.acceptedAlarms + 1);
    const expired = await securityDashboard(manager, daysAfter(31));
    expect(expired.alarms.some((a) => a.alarm.channelId === alarm.alarm.channelId)).toBe(true);
  });

  it("a vendor's score does not change when another vendor's records change", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const a = await createVendor(org.id);
    const b = await createVendor(org.id);
    const [before] = await loadVendorRisks(actor, { vendorIds: [a.id] });
    await db().vendor.update({ where: { id: b.id }, data: { criticalFunction: true, dataSensitivity: "SPECIAL_CATEGORY" } });
    await db().accessChannel.create({ data: { organizationId: org.id, vendorId: b.id, name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION" } });
    await createFinding(actor, { vendorId: b.id, title: "No MFA", description: null, severity: "CRITICAL", owner: null, dueDate: null });
    const [after] = await loadVendorRisks(actor, { vendorIds: [a.id] });
    expect(after!.score).toEqual(before!.score);
    // …while B's own score did move.
    const [bAfter] = await loadVendorRisks(actor, { vendorIds: [b.id] });
    expect(bAfter!.score.residual).toBeGreaterThan(before!.score.residual);
  });

  it("open findings and a completed assessment enter the score", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const v = await createVendor(org.id);
    const [base] = await loadVendorRisks(actor, { vendorIds: [v.id] });
    expect(base!.score.factors.map((f) => f.text)).toContain("never assessed");
    await createFinding(actor, { vendorId: v.id, title: "Weak backups", description: null, severity: "HIGH", owner: null, dueDate: null });
    const [withFinding] = await loadVendorRisks(actor, { vendorIds: [v.id] });
    expect(withFinding!.score.likelihood).toBeGreaterThan(base!.score.likelihood);
    expect(withFinding!.score.factors.some((f) => f.text.startsWith("1 open finding (1 critical or high)"))).toBe(true);
  });

  it("compares the manager's counts with the last snapshot at least 30 days old", async () => {
    const org = await createOrganization();
    const { actor } = await createMember(org.id, "SECURITY_MANAGER");
    const provider = await createVendor(org.id, "Managed Provider");
    const now = new Date("2026-11-27T12:00:00Z");
    expect((await securityDashboard(actor, now)).before).toBeNull();
    // 38 days before: no alarm yet. 26 days before: one alarm, but too recent to compare with.
    await snapshotRiskScores(new Date("2026-10-20T12:00:00Z"));
    await db().accessChannel.create({ data: { organizationId: org.id, vendorId: provider.id, name: "RMM", kind: "RMM", direction: "VENDOR_PUSHES", privilege: "CODE_EXECUTION" } });
    await snapshotRiskScores(new Date("2026-11-01T12:00:00Z"));
    const d = await securityDashboard(actor, now);
    expect(d.alarmCount).toBe(1);
    expect(d.before).toEqual({ day: new Date("2026-10-20T00:00:00Z"), critical: 0, high: 0, alarms: 0 });
    const levels = await db().vendorRiskScore.findMany({ where: { organizationId: org.id }, select: { level: true } });
    expect(d.criticalVendors).toBe(levels.filter((l) => l.level === "critical").length);
    expect(d.highVendors).toBe(levels.filter((l) => l.level === "high").length);
    // Snapshots taken before alarms were recorded: the alarms' change is unknown, the levels' is not.
    await db().riskSnapshot.updateMany({ where: { organizationId: org.id }, data: { activeAlarms: null } });
    const next = await securityDashboard(actor, daysAfter(1, now));
    expect(next.before).toMatchObject({ day: new Date("2026-10-20T00:00:00Z"), critical: 0, alarms: null });
  });

  it("colours each heat-map cell by the level at its centre, under the organization's thresholds", () => {
    expect(cellLevel(4, 4, WEIGHTS.levels)).toBe("critical"); // 90 × 90 → 81
    expect(cellLevel(4, 2, WEIGHTS.levels)).toBe("high"); // 90 × 50 → 45
    expect(cellLevel(2, 2, WEIGHTS.levels)).toBe("medium"); // 50 × 50 → 25
    expect(cellLevel(0, 4, WEIGHTS.levels)).toBe("low"); // 10 × 90 → 9
    expect(cellLevel(4, 2, { critical: 40, high: 30, medium: 15 })).toBe("critical");
  });

  it("snapshots once a day, and the executive trend reads them by month", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const day1 = new Date("2026-09-30T12:00:00Z");
    const first = await snapshotRiskScores(day1);
    expect(first).toBeGreaterThan(0);
    expect(await snapshotRiskScores(day1)).toBe(0);
    await snapshotRiskScores(new Date("2026-10-31T12:00:00Z"));
    const data = await executiveDashboard(actor, new Date("2026-11-27T12:00:00Z"));
    expect(data.trend.map((t) => t.month)).toEqual(expect.arrayContaining(["2026-09", "2026-10"]));
    expect(data.trend.find((t) => t.month === "2026-10")!.critical).toBeGreaterThanOrEqual(1);
  });
});
