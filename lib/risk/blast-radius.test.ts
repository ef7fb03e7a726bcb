import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { createMember } from "@/tests/factories";
import { blastRadius } from "./blast-radius";
import { holidayReadiness } from "./dashboard";

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
    expect(r.openKev.map((row) => row.vendor.name)).toContain("BrightPath IT Services");
    expect(r.untestedKillSwitches.some((c) => c.channel === "BrightPath RMM agent")).toBe(true);
    for (const row of r.noAroundTheClockContact) expect(row.vendor.securityContactAvailability).not.toBe("ALWAYS");
  });
});
