// Accepting a staff invitation. The token is bound to the membership that issued it and accepts that membership only.
// A person who already has a password (from any organization) joins by entering it: an invitation never sets the
// password of an account that can already sign in, so a token read in one organization's outbox cannot take over the
// person's other organizations. A person without one chooses it through the oldest staff invitation still pending for
// the address: a later invitation from another organization cannot set the password that the first one's
// organization is waiting for.
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { clearLimit, consume, isLimited, limits } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { accountLimitKey } from "./sign-in";
import { readEmailToken, redeemEmailToken } from "./tokens";

class PasswordSetMeanwhile extends Error {}

export type InvitationResult = "accepted" | "invalid_token" | "wrong_password" | "rate_limited" | "first_invitation_pending";

/** What the invitation page asks for: the account's password, a first password, or the older invitation first. */
export type InvitationStep = "enter_password" | "choose_password" | "first_invitation_pending";

async function invitationStep(userId: string, membershipId: string, hasPassword: boolean): Promise<InvitationStep> {
  if (hasPassword) return "enter_password";
  const membership = await db().membership.findUniqueOrThrow({ where: { id: membershipId }, select: { createdAt: true, id: true } });
  const older = await db().membership.count({
    where: {
      userId,
      id: { not: membershipId },
      role: { not: "VENDOR" },
      acceptedAt: null,
      OR: [{ createdAt: { lt: membership.createdAt } }, { createdAt: membership.createdAt, id: { lt: membership.id } }],
    },
  });
  return older > 0 ? "first_invitation_pending" : "choose_password";
}

/** The invitation behind a link, for its page: null when the link cannot be used (any more). */
export async function describeInvitation(token: string) {
  const owner = await readEmailToken(db(), token, "SET_PASSWORD");
  if (!owner) return null;
  const membership = await db().membership.findUnique({
    where: { id: owner.membershipId },
    select: { role: true, organization: { select: { name: true } }, user: { select: { email: true, passwordHash: true } } },
  });
  if (!membership || membership.role === "VENDOR") return null;
  return {
    organizationName: membership.organization.name,
    email: membership.user.email,
    step: await invitationStep(owner.userId, owner.membershipId, !!membership.user.passwordHash),
  };
}

/**
 * `password` is the new password when the account has none yet (the caller has checked it against the password
 * rules), otherwise the account's current password. Choosing a first password ends every other session of the person
 * (supplier-portal sessions included).
 */
export async function acceptStaffInvitation(token: string, password: string, ip: string | null): Promise<InvitationResult> {
  const owner = await readEmailToken(db(), token, "SET_PASSWORD");
  if (!owner) return "invalid_token";
  const user = await db().user.findUniqueOrThrow({ where: { id: owner.userId } });
  const key = accountLimitKey(user.email);
  const step = await invitationStep(user.id, owner.membershipId, !!user.passwordHash);
  if (step === "first_invitation_pending") return step;
  if (step === "enter_password") {
    if (await isLimited(key, limits.passwordPerAccount)) return "rate_limited";
    if (!(await verifyPassword(user.passwordHash!, password))) {
      await consume(key, limits.passwordPerAccount);
      return "wrong_password";
    }
  }
  const passwordHash = step === "choose_password" ? await hashPassword(password) : null;
  const accepted = await db().$transaction(async (tx) => {
    const redeemed = await redeemEmailToken(tx, token, "SET_PASSWORD");
    if (!redeemed || redeemed.membershipId !== owner.membershipId) return false;
    const membership = await tx.membership.findFirst({ where: { id: redeemed.membershipId, userId: user.id, role: { not: "VENDOR" } } });
    if (!membership) return false;
    if (passwordHash) {
      // Only an account that still has no password gets one (two invitations redeemed at once: the first wins).
      const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: null }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      // The account got a password meanwhile: nothing is kept, and the link now asks for that password.
      if (count !== 1) throw new PasswordSetMeanwhile();
      await tx.session.deleteMany({ where: { userId: user.id } });
    }
    await tx.membership.update({ where: { id: membership.id }, data: { acceptedAt: membership.acceptedAt ?? new Date() } });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorUserId: user.id,
      actorEmail: user.email,
      ip,
      action: "user.invitation_accepted",
      entityType: "Membership",
      entityId: membership.id,
    });
    return true;
  }).catch((error: unknown) => {
    if (error instanceof PasswordSetMeanwhile) return false;
    throw error;
  });
  if (!accepted) return "invalid_token";
  await clearLimit(key);
  return "accepted";
}
