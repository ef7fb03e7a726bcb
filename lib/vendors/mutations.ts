// Changes to the supplier register's vendors and their contacts. Every change is scoped to the caller's
// organization, checks the version the caller read, and is audited with before/after.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { onDuplicate } from "@/lib/db/errors";
import type { VendorFields } from "./schema";
import type { z } from "zod";
import type { contactSchema, securityContactSchema } from "./schema";

const duplicateName = onDuplicate("A vendor with this name already exists", "name");

function offboardedAt(status: VendorFields["status"], previous: Date | null) {
  if (status === "OFFBOARDING" || status === "TERMINATED") return previous ?? new Date();
  return null;
}

export async function createVendor(actor: Actor, input: VendorFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const vendor = await tx.vendor.create({
        data: { ...input, organizationId: actor.organizationId, offboardedAt: offboardedAt(input.status, null) },
      });
      if (input.tier) {
        await tx.vendorTierChange.create({
          data: { organizationId: actor.organizationId, vendorId: vendor.id, fromTier: null, toTier: input.tier, reason: input.tierReason ?? "Initial tier", changedByEmail: actor.email },
        });
      }
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "vendor.created",
        entityType: "Vendor",
        entityId: vendor.id,
        vendorId: vendor.id,
        after: JSON.parse(JSON.stringify(input)),
      });
      return vendor;
    })
    .catch(duplicateName);
}

export async function updateVendor(actor: Actor, id: string, version: number, input: VendorFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const before = await tx.vendor.findFirst({ where: { id, organizationId: actor.organizationId } });
      if (!before) throw new NotFoundError("vendor");
      if (before.version !== version) throw new ConflictError("vendor");
      const tierChanged = (input.tier ?? null) !== before.tier;
      if (tierChanged && !input.tierReason?.trim()) {
        throw new ActionError("Say why the tier changes: the reason is kept in the tier history", "tierReason");
      }
      const data = { ...input, offboardedAt: offboardedAt(input.status, before.offboardedAt) };
      // The version in the WHERE makes a concurrent save lose cleanly instead of overwriting.
      const { count } = await tx.vendor.updateMany({
        where: { id, organizationId: actor.organizationId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError("vendor");
      if (tierChanged) {
        await tx.vendorTierChange.create({
          data: { organizationId: actor.organizationId, vendorId: id, fromTier: before.tier, toTier: input.tier, reason: input.tierReason!, changedByEmail: actor.email },
        });
      }
      const diff = changes(before as unknown as Record<string, unknown>, data);
      if (diff.changed.length) {
        await recordAudit(tx, { ...auditActor(actor), action: "vendor.updated", entityType: "Vendor", entityId: id, vendorId: id, before: diff.before, after: diff.after });
      }
      return { id, version: version + 1 };
    })
    .catch(duplicateName);
}

async function ownVendor(tx: Prisma.TransactionClient, actor: Actor, vendorId: string) {
  const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: actor.organizationId }, select: { id: true } });
  if (!vendor) throw new NotFoundError("vendor");
  return vendor;
}

export async function addContact(actor: Actor, input: z.output<typeof contactSchema>) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    await ownVendor(tx, actor, input.vendorId);
    // One security contact per vendor: marking a new one unmarks the previous.
    if (input.isSecurityContact) {
      await tx.vendorContact.updateMany({ where: { vendorId: input.vendorId, organizationId: actor.organizationId }, data: { isSecurityContact: false } });
    }
    const contact = await tx.vendorContact.create({ data: { ...input, organizationId: actor.organizationId } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "vendor.contact_added",
      entityType: "VendorContact",
      entityId: contact.id,
      vendorId: input.vendorId,
      after: { name: contact.name, email: contact.email, isSecurityContact: contact.isSecurityContact, availability: contact.availability },
    });
    return contact;
  });
}

/** One security contact per vendor: this contact becomes it (the previous one is unmarked), with its availability. */
export async function setSecurityContact(actor: Actor, input: z.output<typeof securityContactSchema>) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    const contact = await tx.vendorContact.findFirst({ where: { id: input.contactId, vendorId: input.vendorId, organizationId: actor.organizationId } });
    if (!contact) throw new NotFoundError("contact");
    await tx.vendorContact.updateMany({ where: { vendorId: input.vendorId, organizationId: actor.organizationId, id: { not: contact.id } }, data: { isSecurityContact: false } });
    await tx.vendorContact.update({ where: { id: contact.id }, data: { isSecurityContact: true, availability: input.availability } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "vendor.security_contact_set",
      entityType: "VendorContact",
      entityId: contact.id,
      vendorId: input.vendorId,
      before: { isSecurityContact: contact.isSecurityContact, availability: contact.availability },
      after: { name: contact.name, isSecurityContact: true, availability: input.availability },
    });
  });
}

export async function removeContact(actor: Actor, vendorId: string, contactId: string) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    const contact = await tx.vendorContact.findFirst({ where: { id: contactId, vendorId, organizationId: actor.organizationId } });
    if (!contact) throw new NotFoundError("contact");
    await tx.vendorContact.delete({ where: { id: contact.id } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "vendor.contact_removed",
      entityType: "VendorContact",
      entityId: contact.id,
      vendorId,
      before: { name: contact.name, email: contact.email, isSecurityContact: contact.isSecurityContact },
    });
  });
}
