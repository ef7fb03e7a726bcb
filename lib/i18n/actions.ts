"use server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { LOCALES } from "./locales";

const languageSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Keeps the language a signed-in person chose, on their membership of the organization they are signed in to: its
 * emails to them are written in it from now on. Other organizations keep their own, so none learns what was chosen
 * elsewhere.
 */
export async function saveLanguageAction(input: unknown): Promise<{ ok: boolean }> {
  const actor = await requireActor();
  const parsed = languageSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  await db().membership.update({ where: { id: actor.membershipId, organizationId: actor.organizationId }, data: { locale: parsed.data.locale } });
  return { ok: true };
}
