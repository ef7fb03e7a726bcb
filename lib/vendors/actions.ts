"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES, STAFF_ROLES } from "@/lib/auth/roles";
import { getTranslations } from "next-intl/server";
import { handleForm, type FormState } from "@/lib/forms";
import { bulkTierSchema } from "./list-query";
import { addContact, setVendorTiers, createVendor, removeContact, setSecurityContact, updateVendor } from "./mutations";
import { deleteView, deleteViewSchema, saveView, saveViewSchema } from "./saved-views";
import { contactSchema, removeContactSchema, securityContactSchema, updateVendorSchema, vendorFields } from "./schema";

export async function createVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let id = "";
  const state = await handleForm(formData, vendorFields, async (input) => {
    id = (await createVendor(actor, input)).id;
  });
  if (!state.ok) return state;
  revalidatePath("/vendors");
  redirect(`/vendors/${id}?saved=created`);
}

export async function updateVendorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let id = "";
  const state = await handleForm(formData, updateVendorSchema, async ({ id: vendorId, version, ...fields }) => {
    id = (await updateVendor(actor, vendorId, version, fields)).id;
  });
  if (!state.ok) return state;
  revalidatePath(`/vendors/${id}`);
  redirect(`/vendors/${id}?saved=updated`);
}

export async function addContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, contactSchema, async (input) => {
    await addContact(actor, input);
    revalidatePath(`/vendors/${input.vendorId}/contacts`);
    return { ok: true, message: `${input.name} added.` };
  });
}

export async function setSecurityContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, securityContactSchema, async (input) => {
    await setSecurityContact(actor, input);
    revalidatePath(`/vendors/${input.vendorId}`, "layout");
    return { ok: true, message: "Security contact saved." };
  });
}

export async function removeContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, removeContactSchema, async (input) => {
    await removeContact(actor, input.vendorId, input.contactId);
    revalidatePath(`/vendors/${input.vendorId}/contacts`);
    return { ok: true, message: "Contact removed." };
  });
}

/** Saves the vendor list's current filters and sort under a name, for the caller only. */
export async function saveVendorViewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...STAFF_ROLES);
  const t = await getTranslations("vendorList.views");
  return handleForm(formData, saveViewSchema, async (input) => {
    const view = await saveView(actor, input);
    revalidatePath("/vendors");
    return { ok: true, message: t("saved", { name: view.name }) };
  });
}

export async function deleteVendorViewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...STAFF_ROLES);
  const t = await getTranslations("vendorList.views");
  return handleForm(formData, deleteViewSchema, async (input) => {
    await deleteView(actor, input.id);
    revalidatePath("/vendors");
    return { ok: true, message: t("deleted") };
  });
}

/** Sets one tier with one reason on the vendors chosen in the list. */
export async function bulkSetTierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const t = await getTranslations("vendorList.bulk");
  return handleForm(formData, bulkTierSchema, async ({ ids, tier, reason }) => {
    const changed = await setVendorTiers(actor, ids, tier, reason);
    revalidatePath("/vendors");
    return { ok: true, message: t("tierSet", { count: changed }) };
  });
}
