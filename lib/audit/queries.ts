import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(actor: Actor, page = 1) {
  if (actor.role !== "ADMIN") return { events: [], total: 0, page: 1, pageCount: 1 };
  const where = { organizationId: actor.organizationId };
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, orderBy: { seq: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { events, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
