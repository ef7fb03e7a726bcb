import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";

/** The organization's outbox (emails kept because no SMTP server is configured). Admins only. */
export async function listOutbox(actor: Actor, take = 50) {
  if (actor.role !== "ADMIN") return [];
  return db().outboxEmail.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: { createdAt: "desc" },
    take,
  });
}
