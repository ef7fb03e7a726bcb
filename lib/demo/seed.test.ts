import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ORGANIZATION, demoUsers, seedDemo } from "./seed";
import { demoVendors } from "./vendors";

describe("demo seed", () => {
  it("is idempotent: a second run creates nothing twice", async () => {
    const orgId = await seedDemo();
    const count = async () => ({
      orgs: await db().organization.count({ where: { slug: DEMO_ORGANIZATION.slug } }),
      vendors: await db().vendor.count({ where: { organizationId: orgId } }),
      members: await db().membership.count({ where: { organizationId: orgId } }),
      audit: await db().auditEvent.count({ where: { organizationId: orgId } }),
    });
    const first = await count();
    expect(await seedDemo()).toBe(orgId);
    expect(await count()).toEqual(first);
    expect(first).toEqual({ orgs: 1, vendors: demoVendors.length, members: demoUsers.length, audit: 1 });
  });

  it("has one user per role and binds the vendor contact to the MSP", async () => {
    const orgId = await seedDemo();
    const memberships = await db().membership.findMany({ where: { organizationId: orgId }, include: { vendor: true } });
    expect(new Set(memberships.map((m) => m.role))).toEqual(new Set(["ADMIN", "SECURITY_MANAGER", "EXECUTIVE", "VENDOR"]));
    expect(memberships.find((m) => m.role === "VENDOR")?.vendor?.name).toBe("BrightPath IT Services");
    expect(demoVendors.length).toBeGreaterThanOrEqual(25);
  });
});
