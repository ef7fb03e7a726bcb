import { notFound } from "next/navigation";
import { cache } from "react";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { getVendorForActor } from "./queries";
import { isRecordId } from "@/lib/validation";

/** The vendor of a /vendors/[id] page for a staff caller, or a 404; shared by the layout and its pages. */
export const loadVendorPage = cache(async (id: string) => {
  const actor = await requireRole(...STAFF_ROLES);
  const vendor = isRecordId(id) ? await getVendorForActor(actor, id) : null;
  if (!vendor) notFound();
  return { actor, vendor, canEdit: EDITOR_ROLES.includes(actor.role) };
});
