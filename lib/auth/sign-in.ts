// Who may start a session, and with which membership. Used by the Auth.js providers in lib/auth/index.ts.
//
// A person (one email) can belong to several organizations. A password opens only the staff memberships the person
// has accepted, and the person chooses one when there are several; a supplier's sign-in link opens only the membership
// it was sent for. So nothing one organization's administrator holds (an invitation token, an outbox email) opens
// another organization.
import { db } from "@/lib/db";
import { recipientLocale, wordsFor } from "@/lib/i18n/translate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { log } from "@/lib/log";
import { sendEmail } from "@/lib/email";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clearLimit, consume, hitWindow, isLimited, limits } from "@/lib/security/rate-limit";
import { createSession, type LiveSession, type SessionClaims } from "./session";
import { verifySecondFactor } from "./totp";
import { createEmailToken, MAGIC_LINK_TTL_MS, newSignInCode, redeemEmailToken, redeemSignInCode, type TokenOwner } from "./tokens";

/** What the session cookie carries (SessionClaims); everything else is read from the database on each request. */
export type { SessionClaims };

export type SignInRefusal = "invalid" | "rate_limited_account" | "rate_limited_address" | "second_factor" | "invalid_code" | "choose_organization" | "no_code";
export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: SignInRefusal };

export const accountLimitKey = (email: string) => `signin:password:${email}`;
const addressLimitKey = (ip: string) => `password:ip:${ip}`;

/** The membership a session is for, as far as signing in needs it. */
interface MembershipRef {
  id: string;
  organizationId: string;
}

async function recordSignIn(tx: Prisma.TransactionClient, userId: string, membership: MembershipRef, ip: string | null, method: string) {
  const now = new Date();
  const user = await tx.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
  await tx.membership.update({ where: { id: membership.id }, data: { lastSignInAt: now } });
  await recordAudit(tx, {
    organizationId: membership.organizationId,
    actorUserId: user.id,
    actorEmail: user.email,
    ip,
    action: "auth.sign_in",
    entityType: "User",
    entityId: user.id,
    after: { method },
  });
  return user;
}

/** The staff memberships a password opens: accepted ones, by organization name. Pending invitations open nothing. */
function passwordMemberships(userId: string) {
  return db().membership.findMany({
    where: { userId, acceptedAt: { not: null }, role: { not: "VENDOR" } },
    select: { id: true, organizationId: true, organization: { select: { name: true } } },
    orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
  });
}

/**
 * The organizations to choose from at sign-in. Only call it after authenticateWithPassword answered
 * "choose_organization", which it does only to the right password.
 */
export async function organizationsForSignIn(email: string): Promise<{ id: string; name: string }[]> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return [];
  return (await passwordMemberships(user.id)).map((m) => ({ id: m.organizationId, name: m.organization.name }));
}

/**
 * Email and password, then the organization when the person belongs to several, then the second factor when the
 * account has one: without a code the answer is "second_factor" (the form then asks for it); a wrong code counts as a
 * failed attempt like a wrong password.
 */
export async function authenticateWithPassword(email: string, password: string, ip: string | null, code?: string, organizationId?: string): Promise<SignInResult> {
  const key = accountLimitKey(email);
  const ipKey = ip ? addressLimitKey(ip) : null;
  const user = await db().user.findUnique({ where: { email } });
  const memberships = user ? await passwordMemberships(user.id) : [];
  const membership = memberships.length === 1 ? memberships[0] : memberships.find((m) => m.organizationId === organizationId);
  /** Every refusal is logged; it joins the audit trail of the organization the attempt was for, when that is known. */
  const refuse = async <R extends "invalid" | "invalid_code" | "rate_limited_account" | "rate_limited_address">(reason: R) => {
    if (!reason.startsWith("rate_limited")) {
      await consume(key, limits.passwordPerAccount);
      if (ipKey) await consume(ipKey, limits.passwordPerIp);
    }
    log.warn({ event: "sign_in_refused", reason, ip, userId: user?.id ?? null }, "password sign-in refused");
    if (user && membership) {
      await db().$transaction((tx) =>
        recordAudit(tx, { organizationId: membership.organizationId, actorUserId: user.id, actorEmail: user.email, ip, action: "auth.sign_in_refused", entityType: "User", entityId: user.id, after: { reason } }),
      );
    }
    return { ok: false, reason } as const;
  };
  // Fail closed: if the limiter cannot be read, the error propagates and nobody signs in.
  if (ipKey && (await isLimited(ipKey, limits.passwordPerIp))) return refuse("rate_limited_address");
  if (await isLimited(key, limits.passwordPerAccount)) return refuse("rate_limited_account");

  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid || memberships.length === 0) return refuse("invalid");
  if (!membership) return { ok: false, reason: "choose_organization" };
  if (user.totpEnabledAt && !code) return { ok: false, reason: "second_factor" };
  const sessionId = await db().$transaction(async (tx) => {
    const via = user.totpEnabledAt ? await verifySecondFactor(tx, user, code!) : null;
    if (user.totpEnabledAt && !via) return null;
    await recordSignIn(tx, user.id, membership, ip, via ? `password+${via}` : "password");
    return createSession(tx, user.id, membership.id);
  });
  if (!sessionId) return refuse("invalid_code");
  await clearLimit(key);
  return { ok: true, claims: { userId: user.id, membershipId: membership.id, sessionVersion: user.sessionVersion, sessionId } };
}

/**
 * Moves a signed-in staff member to another organization they have accepted: a new session there, the current one
 * ends. A supplier's session (opened by an email link, not a password) cannot become a staff session this way.
 */
export async function switchOrganization(current: LiveSession, organizationId: string, ip: string | null): Promise<SignInResult> {
  if (current.role === "VENDOR") return { ok: false, reason: "invalid" };
  return db().$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { userId: current.userId, organizationId, acceptedAt: { not: null }, role: { not: "VENDOR" } },
      select: { id: true, organizationId: true },
    });
    if (!target || target.id === current.membershipId) return { ok: false, reason: "invalid" } as const;
    const user = await recordSignIn(tx, current.userId, target, ip, "switch_organization");
    await tx.session.deleteMany({ where: { id: current.sessionId } });
    const sessionId = await createSession(tx, current.userId, target.id);
    return { ok: true, claims: { userId: current.userId, membershipId: target.id, sessionVersion: user.sessionVersion, sessionId } } as const;
  });
}

/** Signs in to the supplier membership a link or code was sent for, and accepts it on first use. */
async function openVendorMembership(tx: Prisma.TransactionClient, owner: TokenOwner, ip: string | null, method: string): Promise<SignInResult> {
  const membership = await tx.membership.findFirst({ where: { id: owner.membershipId, userId: owner.userId, role: "VENDOR" } });
  if (!membership) return { ok: false, reason: "invalid" };
  const user = await recordSignIn(tx, owner.userId, membership, ip, method);
  if (!membership.acceptedAt) {
    await tx.membership.update({ where: { id: membership.id }, data: { acceptedAt: new Date() } });
    await recordAudit(tx, { organizationId: membership.organizationId, actorUserId: user.id, actorEmail: user.email, ip, action: "member.invitation_accepted", entityType: "Membership", entityId: membership.id });
  }
  const sessionId = await createSession(tx, owner.userId, membership.id);
  return { ok: true, claims: { userId: owner.userId, membershipId: membership.id, sessionVersion: user.sessionVersion, sessionId } };
}

/**
 * A supplier contact's email link (the invitation link of a questionnaire or advisory email, or the link next to a
 * sign-in code): signs in to the one membership it was sent for. Used up here, on the POST of "Continue", never when
 * the page is opened.
 */
export async function authenticateWithMagicLink(token: string, ip: string | null): Promise<SignInResult> {
  return db().$transaction(async (tx) => {
    const owner = await redeemEmailToken(tx, token, "SIGN_IN");
    if (!owner) return { ok: false, reason: "invalid" } as const;
    return openVendorMembership(tx, owner, ip, "magic_link");
  });
}

/**
 * A 6-digit code typed in the browser that asked for it (its cookie value is `browser`): signs in to the membership
 * of the organization whose email held the code. "invalid_code": wrong, try again; "no_code": nothing left to try.
 */
export async function authenticateWithCode(email: string, code: string, browser: string, ip: string | null): Promise<SignInResult> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const result = user ? await redeemSignInCode(tx, user.id, browser, code) : ({ ok: false, reason: "no_code" } as const);
    if (!result.ok) {
      log.warn({ event: "sign_in_refused", reason: result.reason, ip, userId: user?.id ?? null }, "sign-in code refused");
      return { ok: false, reason: result.reason === "wrong_code" ? "invalid_code" : "no_code" } as const;
    }
    return openVendorMembership(tx, result.owner, ip, "sign_in_code");
  });
}

export type SignInCodeRequest = { result: "sent" | "rate_limited_address" | "rate_limited_email" | "email_failed" } | { result: "cooldown"; retryInSeconds: number };

/**
 * Emails a 6-digit code (and a sign-in link) when the address belongs to a supplier contact: one email for each
 * organization that invited the address, each with its own code and link for that organization only (without SMTP
 * each lands in its own organization's outbox). The codes work only in the browser that asked (`browser`, the value
 * of its cookie). The answer is the same whether or not the address is known, so the form does not reveal who is
 * invited. A resend waits a minute; an address gets at most 10 emails an hour.
 */
export async function requestSignInCode(email: string, browser: string, ip: string | null, baseUrl: string, now = new Date()): Promise<SignInCodeRequest> {
  if (ip && !(await consume(`magic:ip:${ip}`, limits.magicLinkPerIp, now))) return { result: "rate_limited_address" };
  const cooldown = await hitWindow(`magic:cooldown:${email}`, limits.signInCodeCooldown, now);
  if (cooldown.count > limits.signInCodeCooldown.max) return { result: "cooldown", retryInSeconds: Math.max(1, Math.ceil((cooldown.resetAt.getTime() - now.getTime()) / 1000)) };
  if (!(await consume(`magic:email:${email}`, limits.magicLinkPerEmail, now))) return { result: "rate_limited_email" };

  const user = await db().user.findUnique({
    where: { email },
    include: { memberships: { where: { role: "VENDOR" }, include: { organization: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!user) return { result: "sent" };
  for (const membership of user.memberships) {
    const code = newSignInCode();
    const token = await db().$transaction((tx) => createEmailToken(tx, { userId: user.id, membershipId: membership.id }, "SIGN_IN", MAGIC_LINK_TTL_MS, { code: { browser, code } }));
    try {
      // In the language of the person's membership in this organization.
      const { t } = wordsFor(recipientLocale(membership.locale));
      const organization = membership.organization.name;
      await sendEmail({
        to: user.email,
        organizationId: membership.organizationId,
        subject: t("emails.signInCode.subject", { organization }),
        text: [
          t("emails.greeting", { name: membership.name }),
          "",
          t("emails.signInCode.intro", { organization }),
          "",
          `    ${code}`,
          "",
          t("emails.signInCode.typeIt"),
          "",
          `${baseUrl}/portal/verify?token=${encodeURIComponent(token)}`,
          "",
          t("emails.signInCode.expiry"),
        ].join("\n"),
      });
    } catch {
      return { result: "email_failed" };
    }
  }
  return { result: "sent" };
}
