// Vendor contacts' portal accounts: created when something is first sent to them. No password: each email sent to
// them carries its own single-use link, and the sign-in page emails a code. A new membership is pending until the
// contact first signs in with a link or code sent for it (lib/auth/sign-in.ts).
import { ActionError } from "@/lib/errors";
import { recipientLocale } from "@/lib/i18n/translate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/guard";
import { createEmailToken, PORTAL_INVITATION_TTL_MS, type TokenOwner } from "@/lib/auth/tokens";

/**
 * The link in an email to a vendor contact: single-use, for 7 days, bound to the contact's membership in the sending
 * organization. Opening it shows "Continue"; continuing signs in and opens `landingPath` (the questionnaire or the
 * advisory request the email is about).
 */
export async function portalLink(tx: Prisma.TransactionClient, baseUrl: string, owner: TokenOwner, landingPath: string): Promise<string> {
  const token = await createEmailToken(tx, owner, "SIGN_IN", PORTAL_INVITATION_TTL_MS, { landingPath });
  return `${baseUrl}/portal/verify?token=${encodeURIComponent(token)}`;
}

/**
 * The portal link to a contact's membership in an organization, found by address (reminders, sent-back emails). An
 * address that no longer belongs to a contact of the organization gets the sign-in page, which opens nothing for it.
 */
export async function portalLinkFor(tx: Prisma.TransactionClient, baseUrl: string, organizationId: string, email: string, landingPath: string): Promise<string> {
  const membership = await tx.membership.findFirst({ where: { organizationId, role: "VENDOR", user: { email } }, select: { id: true, userId: true } });
  if (!membership) return `${baseUrl}/portal/sign-in?email=${encodeURIComponent(email)}`;
  return portalLink(tx, baseUrl, { userId: membership.userId, membershipId: membership.id }, landingPath);
}

/**
 * The contact's portal account: created on first send, refused when the address belongs to staff or another vendor.
 * Returned with the contact's name as this organization records it (emails greet the contact, not whatever name the
 * account carries elsewhere), and the membership takes that name too.
 */
export async function vendorUserFor(
  tx: Prisma.TransactionClient,
  actor: Actor,
  vendorId: string,
  contact: { name: string; email: string; locale?: string | null },
  field = "contactIds",
) {
  const user = await tx.user.upsert({ where: { email: contact.email }, create: { email: contact.email, name: contact.name }, update: {} });
  const membership = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: actor.organizationId } } });
  // The language this organization writes to the contact in: chosen with the contact, until the person chooses another
  // (which the membership then keeps).
  const locale = membership?.locale ?? contact.locale ?? null;
  const words = { locale: recipientLocale(locale) };
  if (!membership) {
    const created = await tx.membership.create({ data: { userId: user.id, organizationId: actor.organizationId, name: contact.name, role: "VENDOR", vendorId, locale } });
    return { ...user, ...words, name: contact.name, membershipId: created.id };
  } else if (membership.role !== "VENDOR" || membership.vendorId !== vendorId) {
    throw new ActionError(`${contact.email} already belongs to your organization in another role, so it cannot answer for this vendor.`, field);
  } else if (membership.name !== contact.name || membership.locale !== locale) {
    await tx.membership.update({ where: { id: membership.id }, data: { name: contact.name, locale } });
  }
  return { ...user, ...words, name: contact.name, membershipId: membership.id };
}
