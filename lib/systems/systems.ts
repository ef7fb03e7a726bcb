// Our own systems: what suppliers' channels can reach. Reads for all staff; changes for editors, audited.
import { auditActor, changes, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { assertCanEditRegister } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { onDuplicate } from "@/lib/db/errors";
import type { SystemFields } from "./schema";
import { readPage } from "@/lib/validation";

/** Every system, most critical first (for the pickers of the channel forms). */
export async function listSystems(actor: Actor) {
  if (actor.role === "VENDOR") return [];
  return db().system.findMany({
    where: { organizationId: actor.organizationId },
    select: { id: true, name: true, criticality: true },
    orderBy: [{ criticality: "asc" }, { name: "asc" }],
  });
}

export const SYSTEMS_PAGE_SIZE = 50;

/** One page of the systems register, most critical first, and how many there are. */
export async function systemsPage(actor: Actor, page: number) {
  if (actor.role === "VENDOR") return { systems: [], total: 0, page: 1, pageCount: 1 };
  const where = { organizationId: actor.organizationId };
  const { items: systems, ...paging } = await readPage(
    page,
    SYSTEMS_PAGE_SIZE,
    () => db().system.count({ where }),
    (skip, take) =>
      db().system.findMany({ where, include: { _count: { select: { channels: true } } }, orderBy: [{ criticality: "asc" }, { name: "asc" }, { id: "asc" }], skip, take }),
  );
  return { systems, ...paging };
}

export async function getSystem(actor: Actor, id: string) {
  if (actor.role === "VENDOR") return null;
  return db().system.findFirst({ where: { id, organizationId: actor.organizationId } });
}

const duplicateName = onDuplicate("A system with this name already exists", "name");

export async function createSystem(actor: Actor, input: SystemFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const system = await tx.system.create({ data: { ...input, organizationId: actor.organizationId } });
      await recordAudit(tx, { ...auditActor(actor), action: "system.created", entityType: "System", entityId: system.id, after: input });
      return system;
    })
    .catch(duplicateName);
}

export async function updateSystem(actor: Actor, id: string, input: SystemFields) {
  assertCanEditRegister(actor);
  return db()
    .$transaction(async (tx) => {
      const before = await tx.system.findFirst({ where: { id, organizationId: actor.organizationId } });
      if (!before) throw new NotFoundError("system");
      await tx.system.update({ where: { id }, data: input });
      const diff = changes(before, input);
      if (diff.changed.length) await recordAudit(tx, { ...auditActor(actor), action: "system.updated", entityType: "System", entityId: id, before: diff.before, after: diff.after });
    })
    .catch(duplicateName);
}

/** Removes a system and its links to channels (the channels stay). */
export async function deleteSystem(actor: Actor, id: string) {
  assertCanEditRegister(actor);
  await db().$transaction(async (tx) => {
    const system = await tx.system.findFirst({ where: { id, organizationId: actor.organizationId }, include: { channels: true } });
    if (!system) throw new NotFoundError("system");
    await tx.system.delete({ where: { id } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "system.deleted",
      entityType: "System",
      entityId: id,
      before: { name: system.name, criticality: system.criticality, channelIds: system.channels.map((c) => c.channelId) },
    });
  });
}
