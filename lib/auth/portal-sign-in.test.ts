// Supplier sign-in without a password: the single-use link in each questionnaire or advisory email, and the 6-digit
// code the sign-in page emails, which works only in the browser that asked for it.
import { describe, expect, it } from "vitest";
import { sendAssessment } from "@/lib/assessments/assessments";
import { sendAssessmentReminders } from "@/lib/assessments/reminders";
import { daysAfter } from "@/lib/dates";
import { db } from "@/lib/db";
import { yesNoOptions } from "@/lib/questionnaires/template-schema";
import { createTemplate, publishVersion, saveDraft } from "@/lib/questionnaires/templates";
import { createMember, createOrganization, createVendor } from "@/tests/factories";
import { resolveSession } from "./session";
import { authenticateWithCode, authenticateWithMagicLink, requestSignInCode } from "./sign-in";
import { describeSignInLink, newBrowserValue } from "./tokens";

const BASE = "https://chainward.test";

/** A vendor contact of a new organization, sent a questionnaire due in `dueDays` days. */
async function questionnaireSent(dueDays = 30, person?: { id: string; email: string; name: string }) {
  const org = await createOrganization();
  const { actor: manager } = await createMember(org.id, "SECURITY_MANAGER");
  const vendor = await createVendor(org.id);
  const email = person?.email ?? `contact-${vendor.id}@supplier.test`;
  const contact = await db().vendorContact.create({ data: { organizationId: org.id, vendorId: vendor.id, name: "Sam Supplier", email } });
  const { draft } = await createTemplate(manager, { name: "Baseline", description: null });
  await saveDraft(manager, draft.id, draft.version, {
    sections: [{ key: "s1", title: "Access", questions: [{ key: "mfa", text: "MFA?", type: "YES_NO", options: yesNoOptions(), weight: 1, required: true, domain: "AUTHENTICATION", evidenceRequired: false }] }],
  });
  await publishVersion(manager, draft.id);
  const assessment = await sendAssessment(manager, { vendorId: vendor.id, templateVersionId: draft.id, contactIds: [contact.id], dueDate: daysAfter(dueDays), message: null }, BASE);
  const membership = await db().membership.findFirstOrThrow({ where: { organizationId: org.id, role: "VENDOR", user: { email } } });
  return { org, email, assessment, membership };
}

/** The token of the newest email to `to` in an organization's outbox (what its administrator can read). */
async function linkToken(organizationId: string, to: string) {
  const email = await db().outboxEmail.findFirstOrThrow({ where: { organizationId, to }, orderBy: { createdAt: "desc" } });
  return decodeURIComponent(email.text.match(/\/portal\/verify\?token=([\w%-]+)/)![1]!);
}

async function codeIn(organizationId: string, to: string) {
  const email = await db().outboxEmail.findFirstOrThrow({ where: { organizationId, to, subject: { contains: "sign-in code" } }, orderBy: { createdAt: "desc" } });
  return email.text.match(/^\s+(\d{6})$/m)![1]!;
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("the link in a questionnaire email", () => {
  it("is not used up by opening it; Continue signs in once, to the questionnaire it was sent for", async () => {
    const { org, email, assessment, membership } = await questionnaireSent();
    const token = await linkToken(org.id, email);
    // Mail scanners and the user open the page as often as they like.
    const shown = { state: "valid", email, organizationName: org.name, landingPath: `/portal/assessments/${assessment.id}` };
    expect(await describeSignInLink(token)).toEqual(shown);
    expect(await describeSignInLink(token)).toEqual(shown);
    const first = await authenticateWithMagicLink(token, "10.0.0.9");
    expect(first).toMatchObject({ ok: true, claims: { membershipId: membership.id } });
    expect(await resolveSession((first as { claims: Parameters<typeof resolveSession>[0] }).claims)).toMatchObject({ organizationId: org.id, role: "VENDOR" });
    // The first sign-in accepts the pending membership.
    expect((await db().membership.findUniqueOrThrow({ where: { id: membership.id } })).acceptedAt).not.toBeNull();
    // Once only; the page of the used link still names the address.
    expect(await authenticateWithMagicLink(token, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await describeSignInLink(token)).toEqual({ ...shown, state: "used" });
  });

  it("works for 7 days whatever the due date, then its page keeps the address", async () => {
    const { org, email } = await questionnaireSent(60);
    const token = await linkToken(org.id, email);
    const row = await db().emailToken.findFirstOrThrow({ where: { user: { email }, landingPath: { not: null } } });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 7 * 86_400_000)).toBeLessThan(5_000);
    await db().emailToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describeSignInLink(token)).toMatchObject({ state: "expired", email });
    expect(await authenticateWithMagicLink(token, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("each reminder carries a fresh link to the same questionnaire", async () => {
    const { org, email, assessment } = await questionnaireSent(3);
    const first = await linkToken(org.id, email);
    await sendAssessmentReminders(new Date(), BASE);
    const reminder = await linkToken(org.id, email);
    expect(reminder).not.toBe(first);
    expect(await describeSignInLink(reminder)).toMatchObject({ state: "valid", landingPath: `/portal/assessments/${assessment.id}` });
  });

  it("from organization A opens A's portal only, never the same person's membership in B", async () => {
    const a = await questionnaireSent();
    const personA = await db().user.findUniqueOrThrow({ where: { email: a.email } });
    const b = await questionnaireSent(30, personA);
    expect(b.membership.id).not.toBe(a.membership.id);
    // B's administrator reads B's outbox: B's link opens B, and A's membership stays untouched.
    const viaB = await authenticateWithMagicLink(await linkToken(b.org.id, a.email), null);
    expect(viaB).toMatchObject({ ok: true, claims: { membershipId: b.membership.id } });
    expect(await resolveSession((viaB as { claims: Parameters<typeof resolveSession>[0] }).claims)).toMatchObject({ organizationId: b.org.id });
    expect((await db().membership.findUniqueOrThrow({ where: { id: a.membership.id } })).acceptedAt).toBeNull();
    expect(await authenticateWithMagicLink(await linkToken(a.org.id, a.email), null)).toMatchObject({ ok: true, claims: { membershipId: a.membership.id } });
  });
});

describe("sign-in codes", () => {
  it("work once, only in the browser that asked, each for the organization whose email held it", async () => {
    const a = await questionnaireSent();
    const person = await db().user.findUniqueOrThrow({ where: { email: a.email } });
    const b = await questionnaireSent(30, person);
    const browser = newBrowserValue();
    expect(await requestSignInCode(a.email, browser, null, BASE)).toEqual({ result: "sent" });
    const codeA = await codeIn(a.org.id, a.email);
    const codeB = await codeIn(b.org.id, a.email);
    // Another browser (the one a forwarded email or a shoulder-surfed code is typed into) gets nothing.
    expect(await authenticateWithCode(a.email, codeB, newBrowserValue(), null)).toEqual({ ok: false, reason: "no_code" });
    expect(await authenticateWithCode(a.email, codeB, browser, null)).toMatchObject({ ok: true, claims: { membershipId: b.membership.id } });
    // Used: typed again, it is a wrong try against A's code, which still works.
    expect(await authenticateWithCode(a.email, codeB, browser, null)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await authenticateWithCode(a.email, codeA, browser, null)).toMatchObject({ ok: true, claims: { membershipId: a.membership.id } });
    expect(await authenticateWithCode(a.email, codeA, browser, null)).toEqual({ ok: false, reason: "no_code" });
  });

  it("five wrong codes void the code; the right one before that works", async () => {
    const { email, org, membership } = await questionnaireSent();
    const browser = newBrowserValue();
    await requestSignInCode(email, browser, null, BASE);
    const code = await codeIn(org.id, email);
    for (let i = 0; i < 4; i++) expect(await authenticateWithCode(email, wrong(code), browser, null)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await authenticateWithCode(email, code, browser, null)).toMatchObject({ ok: true, claims: { membershipId: membership.id } });

    const other = newBrowserValue();
    await db().rateLimit.deleteMany({ where: { key: `magic:cooldown:${email}` } });
    await requestSignInCode(email, other, null, BASE);
    const second = await codeIn(org.id, email);
    for (let i = 0; i < 5; i++) expect(await authenticateWithCode(email, wrong(second), other, null)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await authenticateWithCode(email, second, other, null)).toEqual({ ok: false, reason: "no_code" });
  });

  it("expire after 10 minutes", async () => {
    const { email, org } = await questionnaireSent();
    const browser = newBrowserValue();
    await requestSignInCode(email, browser, null, BASE);
    const code = await codeIn(org.id, email);
    const row = await db().emailToken.findFirstOrThrow({ where: { user: { email }, codeHash: { not: null } } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(10 * 60_000 + 1000);
    await db().emailToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateWithCode(email, code, browser, null)).toEqual({ ok: false, reason: "no_code" });
  });

  it("can be sent again after a minute, ten times an hour: a normal user is never locked out", async () => {
    const { email } = await questionnaireSent();
    const browser = newBrowserValue();
    const start = new Date(Date.now() + 3_600_000);
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    expect(await requestSignInCode(email, browser, null, BASE, at(0))).toEqual({ result: "sent" });
    expect(await requestSignInCode(email, browser, null, BASE, at(20))).toEqual({ result: "cooldown", retryInSeconds: 40 });
    // Six requests, a minute apart: the old rule (five in 15 minutes) locked the sixth out.
    for (let i = 1; i <= 9; i++) expect(await requestSignInCode(email, browser, null, BASE, at(61 * i))).toEqual({ result: "sent" });
    expect(await requestSignInCode(email, browser, null, BASE, at(61 * 10))).toEqual({ result: "rate_limited_email" });
  });

  it("say the same for an address nobody invited, and send nothing", async () => {
    const email = `stranger-${Date.now()}@example.test`;
    expect(await requestSignInCode(email, newBrowserValue(), "10.0.0.3", BASE)).toEqual({ result: "sent" });
    expect(await db().outboxEmail.count({ where: { to: email } })).toBe(0);
    expect(await authenticateWithCode(email, "123456", newBrowserValue(), null)).toEqual({ ok: false, reason: "no_code" });
  });
});
