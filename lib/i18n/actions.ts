"use server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { LOCALES } from "./locales";

const languageSchema = z.object({ locale: z.enum(LOCALES) });

/** Keeps the language a signed-in person chose: emails to them are written in it from now on, from every organization. */
export async function saveLanguageAction(input: unknown): Promise<{ ok: boolean }> {
  const actor = await requireActor();
  const parsed = languageSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  await db().user.update({ where: { id: actor.userId }, data: { locale: parsed.data.locale } });
  return { ok: true };
}
