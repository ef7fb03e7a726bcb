// Single-use email tokens (vendor sign-in links, staff invitations). Each opens one membership: redeeming it signs in
// to, or accepts, that membership and no other, so a token read in one organization's outbox never reaches another
// organization. The raw token exists only in the email; the database keeps its sha256, so a database leak does not
// hand out sign-ins.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums";

export const MAGIC_LINK_TTL_MS = 10 * 60_000;
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The membership a token is for, and its person. */
export interface TokenOwner {
  userId: string;
  membershipId: string;
}

export async function createEmailToken(tx: Prisma.TransactionClient, owner: TokenOwner, purpose: EmailTokenPurpose, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.emailToken.create({
    data: { tokenHash: hashToken(token), purpose, userId: owner.userId, membershipId: owner.membershipId, expiresAt: new Date(Date.now() + ttlMs) },
  });
  return token;
}

export type TokenState = "valid" | "expired" | "used" | "unknown";

/** Looks at a token without using it up (the interstitial pages show this before the user continues). */
export async function inspectEmailToken(token: string, purpose: EmailTokenPurpose): Promise<TokenState> {
  const row = await db().emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
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
