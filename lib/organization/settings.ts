// Organization-wide settings that administrators change: review intervals by tier, and the organization's own LEI.
import { z } from "zod";
import { auditActor, recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_TUNABLES, TUNABLE_BOUNDS, type Tunables } from "@/lib/risk/model";
import { checkbox } from "@/lib/validation";
import { leiField } from "@/lib/vendors/schema";

const months = z.coerce.number({ error: "Enter a number of months" }).int("Enter whole months").min(1, "At least 1 month").max(60, "At most 60 months");

export const reviewIntervalsSchema = z.object({ reviewMonthsCritical: months, reviewMonthsHigh: months, reviewMonthsMedium: months, reviewMonthsLow: months });
export const organizationLeiSchema = z.object({ lei: leiField });
export const securitySettingsSchema = z.object({ requireTotp: checkbox() });

export const riskWeightsSchema = z
  .object(
    Object.fromEntries(
      Object.entries(TUNABLE_BOUNDS).map(([key, [min, max]]) => [
        key,
        z.coerce.number({ error: "Enter a number" }).int("Enter a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`),
      ]),
    ) as Record<keyof Tunables, z.ZodCoercedNumber>,
  )
  .refine((t) => t.levelCritical > t.levelHigh && t.levelHigh > t.levelMedium, {
    message: "Thresholds must rise: medium < high < critical",
    path: ["levelHigh"],
  });

function assertAdmin(actor: Actor) {
  if (actor.role !== "ADMIN") throw new ActionError("Only administrators can change the organization's settings.");
}

export async function organizationSettings(actor: Actor) {
  return db().organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { lei: true, requireTotp: true, reviewMonthsCritical: true, reviewMonthsHigh: true, reviewMonthsMedium: true, reviewMonthsLow: true, riskWeights: true, riskWeightsRevision: true },
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
/** Requiring a second factor sends every staff member without one to set it up before anything else. */
export const updateSecuritySettings = (actor: Actor, input: z.infer<typeof securitySettingsSchema>) => update(actor, "settings.security", input);

/** Tuned values replace the defaults for every score of the organization from now on; `null` restores the defaults. */
export async function updateRiskWeights(actor: Actor, input: Tunables | null) {
  assertAdmin(actor);
  const current = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { riskWeightsRevision: true } });
  const isDefault = !input || Object.entries(DEFAULT_TUNABLES).every(([k, v]) => input[k as keyof Tunables] === v);
  await update(actor, "settings.risk_weights", {
    riskWeights: isDefault ? Prisma.DbNull : input,
    // Always raised, so a version string never names two different tunings.
    riskWeightsRevision: current.riskWeightsRevision + 1,
  });
}
