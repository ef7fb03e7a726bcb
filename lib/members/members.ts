// Members of an organization: invitation, role changes and removal. Callers must be ADMIN (checked here too, so
// no caller can forget it).
//
// A person (one email) may belong to several organizations, and another organization's administrator is the attacker
// these functions are written against: an invitation looks the same whether or not the address is known elsewhere,
// it creates a pending membership that grants nothing until the person accepts it with the token this invitation
// carried, and a role change or removal ends only this organization's sessions.
import { auditActor, recordAudit } from "@/lib/audit";
import { recipientLocale, wordsFor } from "@/lib/i18n/translate";
import type { Actor } from "@/lib/auth/guard";
import { endMembershipSessions } from "@/lib/auth/session";
import { createEmailToken, INVITATION_TTL_MS, type TokenOwner } from "@/lib/auth/tokens";
import { portalLink } from "@/lib/vendors/portal-accounts";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email";
import { ActionError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRoleInput, InviteMemberInput } from "./schema";
import { readPage } from "@/lib/validation";

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators manage members.");
}

export const MEMBERS_PAGE_SIZE = 50;

/** One page of the organization's members (staff first by role, then vendor contacts), and how many there are. */
export async function listMembers(actor: Actor, page = 1) {
  assertAdmin(actor);
  const where = { organizationId: actor.organizationId };
  const { items: members, ...paging } = await readPage(
    page,
    MEMBERS_PAGE_SIZE,
    () => db().membership.count({ where }),
    (skip, take) =>
      db().membership.findMany({
        where,
        include: { user: { select: { email: true } }, vendor: { select: { id: true, name: true } } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
  return { members, ...paging };
}

/** Vendor must belong to the caller's organization; another organization's vendor id is treated as unknown. */
async function assertOwnVendor(tx: Prisma.TransactionClient, actor: Actor, vendorId: string | undefined) {
  if (!vendorId) return;
  const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: actor.organizationId } });
  if (!vendor) throw new ActionError("Choose a vendor of your organization", "vendorId");
}

export async function inviteMember(actor: Actor, input: InviteMemberInput, baseUrl: string) {
  assertAdmin(actor);
  await db().$transaction(
    async (tx) => {
      await assertOwnVendor(tx, actor, input.vendorId);
      let user = await tx.user.findUnique({ where: { email: input.email } });
      if (user && (await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: actor.organizationId } } }))) {
        throw new ActionError("This person is already a member of your organization", "email");
      }
      user ??= await tx.user.create({ data: { email: input.email, name: input.name } });
      const membership = await tx.membership.create({
        data: {
          userId: user.id,
          organizationId: actor.organizationId,
          name: input.name,
          role: input.role,
          vendorId: input.role === "VENDOR" ? input.vendorId : null,
          locale: input.locale ?? null,
        },
      });
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "member.invited",
        entityType: "Membership",
        entityId: membership.id,
        after: { email: input.email, role: input.role, vendorId: membership.vendorId },
      });
      const message = await invitationEmail(tx, actor, input, { userId: user.id, membershipId: membership.id }, baseUrl);
      // Sent inside the transaction: an invitation whose email cannot be sent is not saved, so it can simply be retried.
      try {
        await sendEmail({ to: input.email, organizationId: actor.organizationId, ...message }, tx);
      } catch {
        throw new ActionError("The invitation email could not be sent, so nothing was saved. Check the email settings (SMTP_URL) and try again.");
      }
    },
    { timeout: 30_000 },
  );
}

/**
 * The same email for every address, known elsewhere or not. A staff invitation carries a token bound to this
 * membership; what it allows (choosing a first password, or joining with the existing one) is decided when it is used.
 */
async function invitationEmail(tx: Prisma.TransactionClient, actor: Actor, input: InviteMemberInput, owner: TokenOwner, baseUrl: string) {
  // In the language the inviter chose for the person (never one the person chose elsewhere: the email is the same for
  // every address).
  const { t } = wordsFor(recipientLocale(input.locale));
  const organization = actor.organizationName;
  const intro = t("emails.invitation.intro", { inviter: actor.name, organization, role: t(`roles.${input.role}`) });
  if (input.role === "VENDOR") {
    return {
      subject: t("emails.invitation.portalSubject", { organization }),
      text: `${intro}\n\n${t("emails.invitation.portalOpen")}\n\n${await portalLink(tx, baseUrl, owner, "/portal")}\n`,
    };
  }
  const token = await createEmailToken(tx, owner, "SET_PASSWORD", INVITATION_TTL_MS);
  return {
    subject: t("emails.invitation.staffSubject", { organization }),
    text: `${intro}\n\n${t("emails.invitation.staffAccept")}\n\n${baseUrl}/accept-invite?token=${encodeURIComponent(token)}\n`,
  };
}

async function findOwnMembership(tx: Prisma.TransactionClient, actor: Actor, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: actor.organizationId },
    include: { user: { select: { email: true } } },
  });
  if (!membership) throw new NotFoundError("member");
  return membership;
}

async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, actor: Actor, membershipId: string) {
  const admins = await tx.membership.count({
    where: { organizationId: actor.organizationId, role: "ADMIN", id: { not: membershipId } },
  });
  if (admins === 0) throw new ActionError("The organization needs at least one administrator.");
}

export async function changeMemberRole(actor: Actor, input: ChangeRoleInput) {
  assertAdmin(actor);
  await db().$transaction(async (tx) => {
    const membership = await findOwnMembership(tx, actor, input.membershipId);
    await assertOwnVendor(tx, actor, input.vendorId);
    const vendorId = input.role === "VENDOR" ? (input.vendorId ?? null) : null;
    if (membership.role === input.role && membership.vendorId === vendorId) return;
    if (membership.role === "ADMIN" && input.role !== "ADMIN") await assertAnotherAdminRemains(tx, actor, membership.id);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role, vendorId } });
    // The member's sessions in this organization end: they sign in again under the new role. (A pending staff
    // invitation turned into a supplier contact's loses its token: contacts join through a link or code sent to them.)
    await endMembershipSessions(tx, membership.id);
    if (input.role === "VENDOR") await tx.emailToken.deleteMany({ where: { membershipId: membership.id, purpose: "SET_PASSWORD" } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "member.role_changed",
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role, vendorId: membership.vendorId },
      after: { email: membership.user.email, role: input.role, vendorId },
    });
  });
}

export async function removeMember(actor: Actor, membershipId: string) {
  assertAdmin(actor);
  await db().$transaction(async (tx) => {
    const membership = await findOwnMembership(tx, actor, membershipId);
    if (membership.role === "ADMIN") await assertAnotherAdminRemains(tx, actor, membership.id);
    // Its sessions and unused invitation tokens go with it; the person's other organizations are not touched.
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "member.removed",
      entityType: "Membership",
      entityId: membership.id,
      before: { email: membership.user.email, role: membership.role, vendorId: membership.vendorId },
    });
  });
}

/** The other organizations the signed-in person may open with their password (accepted staff memberships). */
export async function otherOrganizationsOf(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (actor.role === "VENDOR") return [];
  const memberships = await db().membership.findMany({
    where: { userId: actor.userId, acceptedAt: { not: null }, role: { not: "VENDOR" }, id: { not: actor.membershipId } },
    select: { organization: { select: { id: true, name: true } } },
    orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
  });
  return memberships.map((m) => m.organization);
}
