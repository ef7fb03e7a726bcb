// Access channels: how each supplier reaches into our systems. Changes are scoped, versioned and audited.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ActionError, ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelFields } from "./schema";

export async function listChannelsForVendor(actor: Actor, vendorId: string) {
  if (actor.role === "VENDOR") return [];
  return db().accessChannel.findMany({
    where: { vendorId, organizationId: actor.organizationId },
    include: { systems: { include: { system: true } } },
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
}

export async function getChannel(actor: Actor, id: string) {
  if (actor.role === "VENDOR") return null;
  return db().accessChannel.findFirst({ where: { id, organizationId: actor.organizationId }, include: { systems: true } });
}

/** Every system id must be one of the caller's organization's systems. */
async function ownSystemIds(tx: Prisma.TransactionClient, actor: Actor, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await tx.system.count({ where: { id: { in: unique }, organizationId: actor.organizationId } });
  if (found !== unique.length) throw new ActionError("Choose systems of your organization", "systemIds");
  return unique;
}

const snapshot = (fields: ChannelFields) => JSON.parse(JSON.stringify(fields));

export async function createChannel(actor: Actor, vendorId: string, input: ChannelFields) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: actor.organizationId }, select: { id: true } });
    if (!vendor) throw new NotFoundError("vendor");
    const { systemIds, ...fields } = input;
    const systems = await ownSystemIds(tx, actor, systemIds);
    const channel = await tx.accessChannel.create({
      data: { ...fields, vendorId, organizationId: actor.organizationId, systems: { create: systems.map((systemId) => ({ systemId })) } },
    });
    await recordAudit(tx, { ...auditActor(actor), action: "channel.created", entityType: "AccessChannel", entityId: channel.id, vendorId, after: snapshot(input) });
    return channel;
  });
}

export async function updateChannel(actor: Actor, id: string, version: number, input: ChannelFields) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.accessChannel.findFirst({ where: { id, organizationId: actor.organizationId }, include: { systems: true } });
    if (!before) throw new NotFoundError("channel");
    if (before.version !== version) throw new ConflictError("channel");
    const { systemIds, ...fields } = input;
    const systems = await ownSystemIds(tx, actor, systemIds);
    const { count } = await tx.accessChannel.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count !== 1) throw new ConflictError("channel");
    await tx.channelSystem.deleteMany({ where: { channelId: id } });
    await tx.channelSystem.createMany({ data: systems.map((systemId) => ({ channelId: id, systemId })) });
    const diff = changes({ ...before, systemIds: before.systems.map((s) => s.systemId).sort() }, { ...fields, systemIds: [...systems].sort() });
    if (diff.changed.length) {
      await recordAudit(tx, { ...auditActor(actor), action: "channel.updated", entityType: "AccessChannel", entityId: id, vendorId: before.vendorId, before: diff.before, after: diff.after });
    }
    return before.vendorId;
  });
}

/** Disabling keeps the channel and its history; the reason and date are shown with it. */
export async function setChannelDisabled(actor: Actor, id: string, reason: string | null) {
  assertCanEditRegister(actor);
  return db().$transaction(async (tx) => {
    const before = await tx.accessChannel.findFirst({ where: { id, organizationId: actor.organizationId } });
    if (!before) throw new NotFoundError("channel");
    const after = reason ? { disabledAt: new Date(), disabledReason: reason } : { disabledAt: null, disabledReason: null };
    await tx.accessChannel.update({ where: { id }, data: { ...after, version: { increment: 1 } } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: reason ? "channel.disabled" : "channel.enabled",
      entityType: "AccessChannel",
      entityId: id,
      vendorId: before.vendorId,
      before: { disabledAt: before.disabledAt?.toISOString() ?? null, disabledReason: before.disabledReason },
      after: { disabledAt: after.disabledAt?.toISOString() ?? null, disabledReason: after.disabledReason },
    });
    return before.vendorId;
  });
}
