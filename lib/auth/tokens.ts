// Single-use email tokens (supplier invitation links, sign-in links and codes, staff invitations). Each opens one
// membership: redeeming it signs in to, or accepts, that membership and no other, so a token read in one
// organization's outbox never reaches another organization. The raw token exists only in the email; the database
// keeps its sha256, so a database leak does not hand out sign-ins.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums";

/** A sign-in link or code a supplier contact asked for on the sign-in page. */
export const MAGIC_LINK_TTL_MS = 10 * 60_000;
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
/**
 * The link in a questionnaire or advisory email: 7 days whatever the due date, so a forwarded or leaked email is not
 * a key for the weeks before a distant due date; reminders (7, 3 and 1 days before, and overdue) carry fresh links.
 */
export const PORTAL_INVITATION_TTL_MS = INVITATION_TTL_MS;
/** Codes typed against one sign-in code, right or wrong: after 5 wrong ones the code no longer works. */
export const SIGN_IN_CODE_ATTEMPTS = 5;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The membership a token is for, and its person. */
export interface TokenOwner {
  userId: string;
  membershipId: string;
}

const codeHash = (browser: string, code: string) => hashToken(`${browser}:${code}`);

/** A new random value for a browser's sign-in cookie. */
export const newBrowserValue = () => randomBytes(32).toString("base64url");

export interface TokenOptions {
  /** The portal page the link opens (a questionnaire, an advisory request). */
  landingPath?: string;
  /** A 6-digit code that works, with the link, only in the browser holding this cookie value. */
  code?: { browser: string; code: string };
}

export async function createEmailToken(tx: Prisma.TransactionClient, owner: TokenOwner, purpose: EmailTokenPurpose, ttlMs: number, options: TokenOptions = {}): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      userId: owner.userId,
      membershipId: owner.membershipId,
      landingPath: options.landingPath ?? null,
      browserHash: options.code ? hashToken(options.code.browser) : null,
      codeHash: options.code ? codeHash(options.code.browser, options.code.code) : null,
      expiresAt: new Date(Date.now() + ttlMs),
    },
  });
  return token;
}

/** Six random digits. */
export const newSignInCode = () => randomInt(0, 1_000_000).toString().padStart(6, "0");

export type TokenState = "valid" | "expired" | "used" | "unknown";

/** Looks at a token without using it up (the interstitial pages show this before the user continues). */
export async function inspectEmailToken(token: string, purpose: EmailTokenPurpose): Promise<TokenState> {
  const row = await db().emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
}

/** A supplier's sign-in link as its page shows it, without using it up: whose it is, for which organization and page. */
export interface SignInLink {
  state: TokenState;
  email?: string;
  organizationName?: string;
  landingPath?: string | null;
}

export async function describeSignInLink(token: string): Promise<SignInLink> {
  const row = await db().emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, landingPath: true, user: { select: { email: true } }, membership: { select: { organization: { select: { name: true } } } } },
  });
  if (!row || row.purpose !== "SIGN_IN") return { state: "unknown" };
  const state = row.usedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "valid";
  return { state, email: row.user.email, organizationName: row.membership.organization.name, landingPath: row.landingPath };
}

/** The token's owner while it can still be used, without using it up. */
export async function readEmailToken(tx: Prisma.TransactionClient, token: string, purpose: EmailTokenPurpose): Promise<TokenOwner | null> {
  const row = await tx.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true, membershipId: true },
  });
  return row;
}

/** Uses a token up, atomically: of two concurrent redemptions only one gets its owner. */
export async function redeemEmailToken(tx: Prisma.TransactionClient, token: string, purpose: EmailTokenPurpose): Promise<TokenOwner | null> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const { count } = await tx.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return tx.emailToken.findUnique({ where: { tokenHash }, select: { userId: true, membershipId: true } });
}

export type CodeRedemption = { ok: true; owner: TokenOwner } | { ok: false; reason: "wrong_code" | "no_code" };

/**
 * Uses up the sign-in code typed in a browser. One statement counts the try against every live code that browser
 * asked for the person (so parallel guesses cannot share a try) and uses up the one that matches. "no_code": the
 * browser has no code left that can be tried (none asked for here, used, expired, or 5 wrong tries).
 */
export async function redeemSignInCode(tx: Prisma.TransactionClient, userId: string, browser: string, code: string): Promise<CodeRedemption> {
  const now = new Date();
  const rows = await tx.$queryRaw<{ userId: string; membershipId: string; usedAt: Date | null }[]>`
    UPDATE "EmailToken" SET
      "codeAttempts" = "codeAttempts" + 1,
      "usedAt" = CASE WHEN "codeHash" = ${codeHash(browser, code)} THEN CAST(${now} AS timestamp(3)) ELSE NULL END
    WHERE "purpose" = 'SIGN_IN' AND "userId" = ${userId} AND "browserHash" = ${hashToken(browser)}
      AND "usedAt" IS NULL AND "expiresAt" > ${now} AND "codeAttempts" < ${SIGN_IN_CODE_ATTEMPTS}
    RETURNING "userId", "membershipId", "usedAt"`;
  if (!rows.length) return { ok: false, reason: "no_code" };
  const used = rows.find((r) => r.usedAt);
  return used ? { ok: true, owner: { userId: used.userId, membershipId: used.membershipId } } : { ok: false, reason: "wrong_code" };
}
