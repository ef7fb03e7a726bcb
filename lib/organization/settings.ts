// Organization-wide settings that administrators change: review intervals by tier, and the organization's own LEI.
import { z } from "zod";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { leiField } from "@/lib/vendors/schema";

const months = z.coerce.number({ error: "Enter a number of months" }).int("Enter whole months").min(1, "At least 1 month").max(60, "At most 60 months");

export const reviewIntervalsSchema = z.object({ reviewMonthsCritical: months, reviewMonthsHigh: months, reviewMonthsMedium: months, reviewMonthsLow: months });
export const organizationLeiSchema = z.object({ lei: leiField });

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators can change the organization's settings.");
}

export async function organizationSettings(actor: Actor) {
  return db().organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { lei: true, reviewMonthsCritical: true, reviewMonthsHigh: true, reviewMonthsMedium: true, reviewMonthsLow: true },
  });
}

async function update(actor: Actor, action: string, data: Record<string, unknown>) {
  assertAdmin(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
    await tx.organization.update({ where: { id: actor.organizationId }, data });
    const was = Object.fromEntries(Object.keys(data).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]));
    await recordAudit(tx, { ...auditActor(actor), action, entityType: "Organization", entityId: actor.organizationId, before: JSON.parse(JSON.stringify(was)), after: JSON.parse(JSON.stringify(data)) });
  });
}

export const updateReviewIntervals = (actor: Actor, input: z.infer<typeof reviewIntervalsSchema>) => update(actor, "settings.review_intervals", input);
export const updateOrganizationLei = (actor: Actor, input: z.infer<typeof organizationLeiSchema>) => update(actor, "settings.lei", input);
