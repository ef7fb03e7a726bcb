// Who may start a session, and with which membership. Used by the Auth.js providers in lib/auth/index.ts.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { log } from "@/lib/log";
import { sendEmail } from "@/lib/email";
import { burnPasswordCheck, verifyPassword } from "./password";
import { clearLimit, consume, isLimited, limits } from "@/lib/security/rate-limit";
import { createSession, type SessionClaims } from "./session";
import { verifySecondFactor } from "./totp";
import { createEmailToken, MAGIC_LINK_TTL_MS, redeemEmailToken } from "./tokens";

/** What the session cookie carries (SessionClaims); everything else is read from the database on each request. */
export type { SessionClaims };

export type SignInResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "rate_limited" | "second_factor" | "invalid_code" };

const accountKey = (email: string) => `signin:password:${email}`;

async function recordSignIn(tx: Prisma.TransactionClient, userId: string, organizationId: string, ip: string | null, method: string) {
  const user = await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  await recordAudit(tx, {
    organizationId,
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

/**
 * Email and password, then the second factor when the account has one: without a code the answer is "second_factor"
 * (the form then asks for it); a wrong code counts as a failed attempt like a wrong password.
 */
export async function authenticateWithPassword(email: string, password: string, ip: string | null, code?: string): Promise<SignInResult> {
  const key = accountKey(email);
  const ipKey = ip ? `password:ip:${ip}` : null;
  const user = await db().user.findUnique({
    where: { email },
    include: { memberships: { where: { role: { not: "VENDOR" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 } },
  });
  const membership = user?.memberships[0];
  /** Every refusal is logged; for a member of an organization it also joins that organization's audit trail. */
  const refuse = async <R extends "invalid" | "invalid_code" | "rate_limited">(reason: R) => {
    if (reason !== "rate_limited") {
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
  if (await isLimited(key, limits.passwordPerAccount)) return refuse("rate_limited");
  if (ipKey && (await isLimited(ipKey, limits.passwordPerIp))) return refuse("rate_limited");

  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid || !membership) return refuse("invalid");
  if (user.totpEnabledAt && !code) return { ok: false, reason: "second_factor" };
  const sessionId = await db().$transaction(async (tx) => {
    const via = user.totpEnabledAt ? await verifySecondFactor(tx, user, code!) : null;
    if (user.totpEnabledAt && !via) return null;
    await recordSignIn(tx, user.id, membership.organizationId, ip, via ? `password+${via}` : "password");
    return createSession(tx, user.id, membership.id);
  });
  if (!sessionId) return refuse("invalid_code");
  await clearLimit(key);
  return { ok: true, claims: { userId: user.id, membershipId: membership.id, sessionVersion: user.sessionVersion, sessionId } };
}

export async function authenticateWithMagicLink(token: string, ip: string | null): Promise<SignInResult> {
  return db().$transaction(async (tx) => {
    const userId = await redeemEmailToken(tx, token, "SIGN_IN");
    if (!userId) return { ok: false, reason: "invalid" } as const;
    const membership = await tx.membership.findFirst({
      where: { userId, role: "VENDOR" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    if (!membership) return { ok: false, reason: "invalid" } as const;
    const user = await recordSignIn(tx, userId, membership.organizationId, ip, "magic_link");
    const sessionId = await createSession(tx, userId, membership.id);
    return { ok: true, claims: { userId, membershipId: membership.id, sessionVersion: user.sessionVersion, sessionId } } as const;
  });
}

export type MagicLinkRequestResult = "sent" | "rate_limited" | "email_failed";

/**
 * Emails a sign-in link when the address belongs to an invited vendor contact. The answer is the same whether or
 * not it does, so the form does not reveal who is invited.
 */
export async function requestMagicLink(email: string, ip: string | null, baseUrl: string): Promise<MagicLinkRequestResult> {
  const byEmail = await consume(`magic:email:${email}`, limits.magicLinkPerEmail);
  const byIp = ip ? await consume(`magic:ip:${ip}`, limits.magicLinkPerIp) : true;
  if (!byEmail || !byIp) return "rate_limited";

  const user = await db().user.findUnique({
    where: { email },
    include: {
      memberships: { where: { role: "VENDOR" }, include: { organization: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 },
    },
  });
  const membership = user?.memberships[0];
  if (!user || !membership) return "sent";

  const token = await db().$transaction((tx) => createEmailToken(tx, user.id, "SIGN_IN", MAGIC_LINK_TTL_MS));
  const link = `${baseUrl}/portal/verify?token=${encodeURIComponent(token)}`;
  try {
    await sendEmail({
      to: user.email,
    organizationId: membership.organizationId,
    subject: "Your Chainward sign-in link",
    text: [
      `Hello ${user.name},`,
      "",
      `${membership.organization.name} uses Chainward to work with its suppliers. Open this link to sign in:`,
      "",
      link,
      "",
      "The link works once and expires in 10 minutes. If you did not ask for it, you can ignore this email.",
    ].join("\n"),
    });
  } catch {
    return "email_failed";
  }
  return "sent";
}
