import { describe, expect, it } from "vitest";
import { createMember, createOrganization, createVendor, TEST_PASSWORD } from "@/tests/factories";
import { db } from "@/lib/db";
import { authenticateWithPassword } from "./sign-in";


describe("password sign-in", () => {
  it("signs staff in with the membership, session version and an audit record", async () => {
    const org = await createOrganization();
    const { user, membership } = await createMember(org.id, "SECURITY_MANAGER");
    const result = await authenticateWithPassword(user.email, TEST_PASSWORD, "10.0.0.1");
    expect(result).toEqual({ ok: true, claims: { userId: user.id, membershipId: membership.id, sessionVersion: 1, sessionId: expect.any(String) } });
    const audit = await db().auditEvent.findFirst({ where: { organizationId: org.id, action: "auth.sign_in" } });
    expect(audit?.ip).toBe("10.0.0.1");
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const org = await createOrganization();
    const { user } = await createMember(org.id, "ADMIN");
    expect(await authenticateWithPassword(user.email, "wrong password!", null)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword("nobody@example.test", TEST_PASSWORD, null)).toEqual({ ok: false, reason: "invalid" });
    // The member's organization sees the refusal in its audit trail.
    const refused = await db().auditEvent.findMany({ where: { organizationId: org.id, action: "auth.sign_in_refused" } });
    expect(refused.map((e) => [e.entityId, e.after])).toEqual([[user.id, { reason: "invalid" }]]);
  });

  it("refuses the 11th attempt within 15 minutes even with the right password", async () => {
    const org = await createOrganization();
    const { user } = await createMember(org.id, "ADMIN");
    for (let i = 0; i < 10; i++) {
      expect((await authenticateWithPassword(user.email, `wrong-${i}`, null)).ok).toBe(false);
    }
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null)).toEqual({ ok: false, reason: "rate_limited_account" });
  });

  it("refuses every account from an IP address after 50 failures from it (password spraying), not from other addresses", async () => {
    const org = await createOrganization();
    const { user } = await createMember(org.id, "ADMIN");
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 50; i++) expect((await authenticateWithPassword(`sprayed-${i}-${ip}@example.test`, "Winter2026!", ip)).ok).toBe(false);
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited_address" });
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, "192.0.2.77")).ok).toBe(true);
  });

  it("does not let vendor contacts sign in with a password", async () => {
    const org = await createOrganization();
    const vendor = await createVendor(org.id);
    const { user } = await createMember(org.id, "VENDOR", { vendorId: vendor.id });
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, null)).ok).toBe(false);
  });
});
