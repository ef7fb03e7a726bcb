// Changes to the supplier register's vendors and their contacts. Every change is scoped to the caller's
// organization, checks the version the caller read, and is audited with before/after.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { onDuplicate } from "@/lib/db/errors";
import type { Tier } from "@/lib/generated/prisma/enums";
import type { VendorFields } from "./schema";
import type { z } from "zod";
import type { contactSchema, securityContactSchema } from "./schema";

const duplicateName = onDuplicate("A vendor with this name already exists", "name");

function offboardedAt(status: VendorFields["status"], previous: Date | null) {
  if (status === "OFFBOARDING" || status === "TERMINATED") return previous ?? new Date();
  return null;
}

/** A tier change goes into the vendor's tier history with its reason. */
function recordTierChange(tx: Prisma.TransactionClient, actor: Actor, vendorId: string, fromTier: Tier | null, toTier: Tier | null, reason: string) {
  return tx.vendorTierChange.create({ data: { organizationId: actor.organizationId, vendorId, fromTier, toTier, reason, changedByEmail: actor.email } });
}

export async function createVendor(actor: Actor, input: VendorFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const vendor = await tx.vendor.create({
        data: { ...input, organizationId: actor.organizationId, offboardedAt: offboardedAt(input.status, null) },
      });
      if (input.tier) {
        await recordTierChange(tx, actor, vendor.id, null, input.tier, input.tierReason ?? "Initial tier");
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
        await recordTierChange(tx, actor, id, before.tier, input.tier ?? null, input.tierReason!);
      }
      const diff = changes(before as unknown as Record<string, unknown>, data);
      if (diff.changed.length) {
        await recordAudit(tx, { ...auditActor(actor), action: "vendor.updated", entityType: "Vendor", entityId: id, vendorId: id, before: diff.before, after: diff.after });
      }
      return { id, version: version + 1 };
    })
    .catch(duplicateName);
}

/**
 * Sets one tier, with one reason, on several vendors of the caller's organization (the list's bulk action): each
 * vendor whose tier changes gets a tier-history entry and an audit event, as an edit of the vendor would. Vendors
 * already on that tier are left as they are. Returns how many changed.
 */
export async function setVendorTiers(actor: Actor, vendorIds: string[], tier: Tier | null, reason: string) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const vendors = await tx.vendor.findMany({ where: { organizationId: actor.organizationId, id: { in: vendorIds } }, select: { id: true, tier: true, tierReason: true } });
    if (vendors.length !== new Set(vendorIds).size) throw new NotFoundError("vendor");
    const changing = vendors.filter((v) => v.tier !== tier);
    for (const v of changing) {
      await tx.vendor.update({ where: { id: v.id }, data: { tier, tierReason: reason, version: { increment: 1 } } });
      await recordTierChange(tx, actor, v.id, v.tier, tier, reason);
      await recordAudit(tx, {
        ...auditActor(actor),
        action: "vendor.updated",
        entityType: "Vendor",
        entityId: v.id,
        vendorId: v.id,
        before: { tier: v.tier, tierReason: v.tierReason },
        after: { tier, tierReason: reason },
      });
    }
    return changing.length;
  });
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
