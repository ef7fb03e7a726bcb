import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { readPage } from "@/lib/validation";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(actor: Actor, page = 1) {
  if (actor.role !== "ADMIN") return { events: [], total: 0, page: 1, pageCount: 1 };
  const where = { organizationId: actor.organizationId };
  const { items: events, ...paging } = await readPage(
    page,
    AUDIT_PAGE_SIZE,
    () => db().auditEvent.count({ where }),
    (skip, take) => db().auditEvent.findMany({ where, orderBy: { seq: "desc" }, skip, take }),
  );
  return { events, ...paging };
}
