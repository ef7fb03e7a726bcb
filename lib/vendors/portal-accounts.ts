// Vendor contacts' portal accounts: created when something is first sent to them. No password: they sign in with a
// one-time link sent to their address. A new membership is pending until the contact first signs in with a link sent
// for it (lib/auth/sign-in.ts).
import { ActionError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/guard";

/** The link in every email to a vendor contact: the supplier sign-in page with the address filled in. */
export const portalLink = (baseUrl: string, email: string) => `${baseUrl}/portal/sign-in?email=${encodeURIComponent(email)}`;

/**
 * The contact's portal account: created on first send, refused when the address belongs to staff or another vendor.
 * Returned with the contact's name as this organization records it (emails greet the contact, not whatever name the
 * account carries elsewhere), and the membership takes that name too.
 */
export async function vendorUserFor(tx: Prisma.TransactionClient, actor: Actor, vendorId: string, contact: { name: string; email: string }, field = "contactIds") {
  const user = await tx.user.upsert({ where: { email: contact.email }, create: { email: contact.email, name: contact.name }, update: {} });
  const membership = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: actor.organizationId } } });
  if (!membership) {
    await tx.membership.create({ data: { userId: user.id, organizationId: actor.organizationId, name: contact.name, role: "VENDOR", vendorId } });
  } else if (membership.role !== "VENDOR" || membership.vendorId !== vendorId) {
    throw new ActionError(`${contact.email} already belongs to your organization in another role, so it cannot answer for this vendor.`, field);
  } else if (membership.name !== contact.name) {
    await tx.membership.update({ where: { id: membership.id }, data: { name: contact.name } });
  }
  return { ...user, name: contact.name };
}
