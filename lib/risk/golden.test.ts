import { describe, expect, it } from "vitest";
import { createMember } from "@/tests/factories";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { storedVendorRisk } from "./stored";

describe("risk of the demo vendors", () => {
  it("ranks the MSP with the Kaseya RMM channel highest, with the Kaseya-pattern alarm", async () => {
    const orgId = await seedDemo();
    const { actor } = await createMember(orgId, "EXECUTIVE");
    const vendors = await db().vendor.findMany({ where: { organizationId: orgId } });
    const scored = await Promise.all(vendors.map(async (v) => ({ name: v.name, risk: (await storedVendorRisk(actor, v.id))! })));
    scored.sort((a, b) => b.risk.score.residual - a.risk.score.residual);
    expect(scored[0]!.name).toBe("BrightPath IT Services");
    expect(scored[0]!.risk.score.level).toBe("critical");
    expect(scored[0]!.risk.score.factors[0]!.text).toMatch(/^can execute code on \d+ systems, \d+ of them critical, through an always-on RMM channel without MFA/);
    expect(scored[0]!.risk.alarms.map((a) => a.channel)).toContain("BrightPath RMM agent");
    // A SaaS with no channel into us is not critical.
    expect(scored.find((s) => s.name === "ShredRight")!.risk.score.level).not.toBe("critical");
  });
});
