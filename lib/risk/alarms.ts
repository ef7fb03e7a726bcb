// Living with a Kaseya-pattern alarm: an executive or administrator accepts it for one channel until a date, with a
// justification. The alarm shows as accepted until then, and is raised again by itself afterwards.
import { z } from "zod";
import { daysAfter, startOfUtcDay } from "@/lib/dates";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import { RISK_ACCEPTORS } from "@/lib/findings/findings";
import { id, requiredDate, text } from "@/lib/validation";

export const acceptAlarmSchema = z.object({
  vendorId: id(),
  channelId: id(),
  justification: text(4000, "The justification"),
  acceptedUntil: requiredDate("The expiry date"),
});

/** At most a year: a channel that can push code into our systems deserves a yearly look. */
const MAX_ALARM_ACCEPTANCE_DAYS = 366;

export async function acceptAlarm(actor: Actor, input: z.infer<typeof acceptAlarmSchema>) {
  if (!(RISK_ACCEPTORS as readonly string[]).includes(actor.role)) throw new ActionError("Only an administrator or an executive can accept a risk.");
  if (input.acceptedUntil <= startOfUtcDay(new Date())) throw new ActionError("Choose an expiry date after today", "acceptedUntil");
  if (input.acceptedUntil > daysAfter(MAX_ALARM_ACCEPTANCE_DAYS)) throw new ActionError("An alarm can be accepted for at most one year", "acceptedUntil");
  await db().$transaction(async (tx) => {
    const channel = await tx.accessChannel.findFirst({ where: { id: input.channelId, vendorId: input.vendorId, organizationId: actor.organizationId } });
    if (!channel) throw new NotFoundError("channel");
    const acceptance = await tx.alarmAcceptance.create({
      data: { ...input, organizationId: actor.organizationId, acceptedByEmail: actor.email },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "alarm.accepted",
      entityType: "AccessChannel",
      entityId: channel.id,
      vendorId: channel.vendorId,
      after: { acceptanceId: acceptance.id, channel: channel.name, justification: input.justification, acceptedUntil: input.acceptedUntil.toISOString().slice(0, 10) },
    });
  });
}
