import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { createChannel } from "@/lib/channels/channels";
import { channelFields } from "@/lib/channels/schema";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { blastRadius } from "./blast-radius";
import { holidayReadiness, READINESS_LISTED } from "./dashboard";
import { loadVendorRisks } from "./vendor-risk";

describe("blast radius and holiday readiness", () => {
  it("lists what the MSP reaches, critical systems first, and who stands behind it", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const msp = await db().vendor.findFirstOrThrow({ where: { organizationId: orgId, name: "BrightPath IT Services" } });
    const radius = (await blastRadius(actor, msp.id))!;
    const reachable = await db().system.findMany({ where: { organizationId: orgId, channels: { some: { channel: { vendorId: msp.id, disabledAt: null } } } } });
    expect(radius.systems.map((s) => s.id).sort()).toEqual(reachable.map((s) => s.id).sort());
    expect(radius.systems[0]!.criticality).toBe("CRITICAL");
    expect(radius.criticalReach).toBe(reachable.filter((s) => s.criticality === "CRITICAL").length);
    expect(radius.channels.some((c) => c.canPushCode)).toBe(true);
    expect(radius.subSuppliers.map((s) => s.name)).toContain("Kaseya");

    const { actor: other } = await createMember((await db().organization.create({ data: { name: "Other", slug: `other-${msp.id}` } })).id, "ADMIN");
    expect(await blastRadius(other, msp.id)).toBeNull();
  });

  it("flags untested kill switches and open KEVs before a long weekend", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "SECURITY_MANAGER");
    const r = await holidayReadiness(actor);
    expect(r.openKev.items.map((row) => row.vendor.name)).toContain("BrightPath IT Services");
    expect(r.untestedKillSwitches.items.some((c) => c.channel === "BrightPath RMM agent")).toBe(true);
    for (const row of r.noAroundTheClockContact.items) expect(row.vendor.securityContactAvailability).not.toBe("ALWAYS");
  });

  it("counts every open item as the vendors' records do, and lists the riskiest vendors' first", async () => {
    // An organization of its own: the demo organization is shared with other tests.
    const orgId = (await createOrganization()).id;
    const { actor } = await createMember(orgId, "SECURITY_MANAGER");
    const servers = await db().system.create({ data: { organizationId: orgId, name: "Servers", criticality: "HIGH" } });
    // More untested push channels than a check lists, spread over vendors of different risk.
    for (let v = 0; v < 5; v++) {
      const vendor = await createVendor(orgId, `Agent vendor ${v}`);
      await db().vendor.update({ where: { id: vendor.id }, data: { tier: v % 2 ? "CRITICAL" : "LOW", criticalFunction: v === 0 } });
      // One critical vendor has a security contact reachable around the clock; another one only in office hours.
      if (v === 1 || v === 3) {
        await db().vendorContact.create({ data: { organizationId: orgId, vendorId: vendor.id, name: `Sec ${v}`, isSecurityContact: true, availability: v === 1 ? "ALWAYS" : "BUSINESS_HOURS" } });
      }
      for (let c = 0; c <= v + 2; c++) {
        const privilege = c % 2 ? "CODE_EXECUTION" : "READ";
        await createChannel(actor, vendor.id, channelFields.parse({ name: `Agent ${v}.${c}`, kind: "MANAGED_AGENT", direction: "VENDOR_PUSHES", privilege, systemIds: [servers.id] }));
      }
    }
    const r = await holidayReadiness(actor);

    const rows = await loadVendorRisks(actor);
    const aroundTheClock = new Set((await db().vendorContact.findMany({ where: { organizationId: orgId, isSecurityContact: true, availability: "ALWAYS" } })).map((c) => c.vendorId));
    expect(aroundTheClock.size).toBe(1);
    const push = (row: (typeof rows)[number]) => row.inputs.channels.filter((c) => c.canPushCode);
    expect(Object.fromEntries(Object.entries(r).map(([check, { total }]) => [check, total]))).toEqual({
      noAroundTheClockContact: rows.filter(
        (row) => (row.vendor.tier === "CRITICAL" || row.vendor.criticalFunction) && push(row).length > 0 && !aroundTheClock.has(row.vendor.id),
      ).length,
      untestedKillSwitches: rows.flatMap((row) => push(row).filter((c) => !c.killSwitchTested)).length,
      openKev: rows.filter((row) => row.inputs.openKev > 0).length,
      slaBreaches: rows.filter((row) => row.inputs.slaBreaches > 0).length,
      alarms: rows.flatMap((row) => row.alarms.filter((a) => !a.accepted)).length,
    });
    expect(r.untestedKillSwitches.total).toBeGreaterThan(READINESS_LISTED);
    expect(r.untestedKillSwitches.items).toHaveLength(READINESS_LISTED);
    // Riskiest first: the listed vendors' scores never rise down the list, and none left out scores higher.
    const residual = new Map(rows.map((row) => [row.vendor.id, row.score.residual]));
    const listed = r.untestedKillSwitches.items.map((c) => residual.get(c.vendor.id)!);
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
    const unlisted = rows.filter((row) => push(row).some((c) => !c.killSwitchTested) && !r.untestedKillSwitches.items.some((c) => c.vendor.id === row.vendor.id));
    for (const row of unlisted) expect(row.score.residual).toBeLessThanOrEqual(listed.at(-1)!);
  });
});
