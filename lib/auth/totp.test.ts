import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createOrganization, TEST_PASSWORD } from "@/tests/factories";
import { authenticateWithPassword } from "./sign-in";
import { codeAt, confirmTotpEnrollment, disableTotp, openSecret, pendingEnrollment, regenerateRecoveryCodes, startTotpEnrollment } from "./totp";

async function enrolled() {
  const org = await createOrganization();
  const member = await createMember(org.id, "SECURITY_MANAGER");
  await startTotpEnrollment(member.actor);
  const pending = (await db().user.findUniqueOrThrow({ where: { id: member.user.id } })).totpPending!;
  const secret = openSecret(pending);
  await expect(confirmTotpEnrollment(member.actor, { password: TEST_PASSWORD, code: "000000" })).rejects.toMatchObject({ field: "code" });
  await expect(confirmTotpEnrollment(member.actor, { password: "wrong password", code: codeAt(secret) })).rejects.toMatchObject({ field: "password" });
  const codes = await confirmTotpEnrollment(member.actor, { password: TEST_PASSWORD, code: codeAt(secret) });
  return { org, ...member, secret, codes };
}

describe("two-step sign-in", () => {
  it("keeps the secret sealed at rest and shows it once as a QR code and a key while setting up", async () => {
    const org = await createOrganization();
    const { actor, user } = await createMember(org.id, "ADMIN");
    await startTotpEnrollment(actor);
    const stored = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).totpPending!;
    const secret = openSecret(stored);
    expect(stored).not.toContain(secret);
    const shown = (await pendingEnrollment(actor))!;
    expect(shown.key.replace(/ /g, "")).toBe(secret);
    expect(shown.qrSvg).toMatch(/^<svg/);
  });

  it("after set-up, sign-in needs a code; each code and each recovery code works once; wrong codes count as failures", async () => {
    const { user, secret, codes, org } = await enrolled();
    expect(codes).toHaveLength(10);
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null)).toEqual({ ok: false, reason: "second_factor" });
    expect(await authenticateWithPassword(user.email, "wrong password!", null, codeAt(secret))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null, "999999")).toEqual({ ok: false, reason: "invalid_code" });
    const next = codeAt(secret, Date.now() + 30_000);
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, null, next)).ok).toBe(true);
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null, next)).toEqual({ ok: false, reason: "invalid_code" });
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, null, codes[3]!.toUpperCase())).ok).toBe(true);
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null, codes[3]!)).toEqual({ ok: false, reason: "invalid_code" });
    const methods = (await db().auditEvent.findMany({ where: { organizationId: org.id, action: "auth.sign_in" } })).map((e) => (e.after as { method: string }).method);
    expect(methods.sort()).toEqual(["password+recovery", "password+totp"]);
    // One failure since the last success; nine more wrong codes lock the account like wrong passwords do.
    for (let i = 0; i < 9; i++) await authenticateWithPassword(user.email, TEST_PASSWORD, null, "111111");
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null, codes[4]!)).toEqual({ ok: false, reason: "rate_limited_account" });
  });

  it("new recovery codes replace the old; turning it off needs the password and is refused where the organization requires it", async () => {
    const { actor, user, codes, org } = await enrolled();
    const fresh = await regenerateRecoveryCodes(actor, { password: TEST_PASSWORD });
    expect(await authenticateWithPassword(user.email, TEST_PASSWORD, null, codes[0]!)).toEqual({ ok: false, reason: "invalid_code" });
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, null, fresh[0]!)).ok).toBe(true);
    await db().organization.update({ where: { id: org.id }, data: { requireTotp: true } });
    await expect(disableTotp(actor, { password: TEST_PASSWORD })).rejects.toThrow(/requires two-step sign-in/);
    await db().organization.update({ where: { id: org.id }, data: { requireTotp: false } });
    await expect(disableTotp(actor, { password: "nope" })).rejects.toMatchObject({ field: "password" });
    await disableTotp(actor, { password: TEST_PASSWORD });
    expect((await authenticateWithPassword(user.email, TEST_PASSWORD, null)).ok).toBe(true);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});
