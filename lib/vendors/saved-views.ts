// Saved views of the vendor list: a member's filters and sort under a name, shown as quick links above the list.
// Personal: every read and write is scoped to the caller's own membership in their organization.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ActionError, NotFoundError } from "@/lib/errors";
import { id, plainString } from "@/lib/validation";
import { vendorListParams, vendorListQuerySchema } from "./list-query";

/** Views one member may keep: quick links, not an archive. */
export const SAVED_VIEW_LIMIT = 20;
export const SAVED_VIEW_NAME_MAX = 60;

export const saveViewSchema = z.object({
  name: plainString("The name").trim(),
  query: z.string().max(2000).default(""),
});
export const deleteViewSchema = z.object({ id: id() });

/** The list's URL parameters as the list itself writes them (defaults and page left out, unknown values dropped). */
export function normalizedViewQuery(query: string): string {
  const parsed = vendorListQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)));
  if (!parsed.success) return "";
  return vendorListParams(parsed.data, { page: 1 }).toString();
}

export async function savedViews(actor: Actor) {
  return db().savedView.findMany({
    where: { organizationId: actor.organizationId, membershipId: actor.membershipId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, query: true },
  });
}

/** Saves the view under its name; a view of the same name is replaced (saving again updates it). */
export async function saveView(actor: Actor, input: z.output<typeof saveViewSchema>) {
  const t = await getTranslations("vendorList.views");
  if (!input.name) throw new ActionError(t("nameRequired"), "name");
  if (input.name.length > SAVED_VIEW_NAME_MAX) throw new ActionError(t("nameTooLong", { max: SAVED_VIEW_NAME_MAX }), "name");
  const query = normalizedViewQuery(input.query);
  const owner = { organizationId: actor.organizationId, membershipId: actor.membershipId };
  return db().$transaction(async (tx) => {
    const existing = await tx.savedView.findFirst({ where: { ...owner, name: input.name }, select: { id: true } });
    if (existing) return tx.savedView.update({ where: { id: existing.id }, data: { query } });
    if ((await tx.savedView.count({ where: owner })) >= SAVED_VIEW_LIMIT) throw new ActionError(t("tooMany", { max: SAVED_VIEW_LIMIT }), "name");
    return tx.savedView.create({ data: { ...owner, name: input.name, query } });
  });
}

export async function deleteView(actor: Actor, viewId: string) {
  const { count } = await db().savedView.deleteMany({ where: { id: viewId, organizationId: actor.organizationId, membershipId: actor.membershipId } });
  if (!count) throw new NotFoundError("view");
}
