"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { addProduct, addVulnerability, removeProduct, removeVulnerability, setPatchSla, updateVulnerability } from "./patching";
import { addVulnerabilitySchema, productSchema, removeProductSchema, removeVulnerabilitySchema, slaSchema, updateVulnerabilitySchema } from "./schema";

const tab = (vendorId: string) => `/vendors/${vendorId}/patching`;

export async function setPatchSlaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, slaSchema, async (input) => {
    await setPatchSla(actor, input);
    revalidatePath(tab(input.vendorId));
    return { ok: true, message: "Patch SLA saved." };
  });
}

export async function addProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, productSchema, async (input) => {
    await addProduct(actor, input);
    revalidatePath(tab(input.vendorId));
    return { ok: true, message: `${input.kevProduct} added.` };
  });
}

export async function removeProductAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, removeProductSchema, async ({ vendorId, productId }) => {
    await removeProduct(actor, vendorId, productId);
    revalidatePath(tab(vendorId));
    return { ok: true, message: "Product removed." };
  });
}

export async function addVulnerabilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, addVulnerabilitySchema, async ({ productId, ...input }) => {
    const record = await addVulnerability(actor, productId, input);
    revalidatePath("/patching");
    revalidatePath("/vendors", "layout");
    return { ok: true, message: `${record.cveId} recorded.` };
  });
}

export async function updateVulnerabilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let vendorId = "";
  const state = await handleForm(formData, updateVulnerabilitySchema, async ({ id, ...input }) => {
    vendorId = await updateVulnerability(actor, id, input);
  });
  if (!state.ok) return state;
  revalidatePath("/patching");
  redirect(`${tab(vendorId)}?saved=1`);
}

export async function removeVulnerabilityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let vendorId = "";
  const state = await handleForm(formData, removeVulnerabilitySchema, async ({ id }) => {
    vendorId = await removeVulnerability(actor, id);
  });
  if (!state.ok) return state;
  revalidatePath("/patching");
  redirect(tab(vendorId));
}
