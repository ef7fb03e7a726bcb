// What the administration pages read: the audit log with its chain check, the email outbox, and whether a backup may
// be imported. Each is scoped to the administrator's own organization.
import { findBrokenAuditLink } from "@/lib/audit";
import { listAuditEvents } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { smtpConfigured } from "@/lib/email";
import { listOutbox } from "@/lib/email/queries";

/** One page of the audit log, and the first entry where the hash chain breaks (null: it verifies). */
export async function auditLogPage(actor: Actor, page: number) {
  const [events, broken] = await Promise.all([listAuditEvents(actor, page), findBrokenAuditLink(actor.organizationId)]);
  return { ...events, broken };
}

/** The emails kept for hand delivery; none when an SMTP server delivers them. */
export async function outboxPage(actor: Actor) {
  const smtp = smtpConfigured();
  return { smtp, emails: smtp ? [] : await listOutbox(actor) };
}

/** How many vendors the organization has: a backup is imported into an empty organization only. */
export const organizationVendorCount = (actor: Actor) => db().vendor.count({ where: { organizationId: actor.organizationId } });
