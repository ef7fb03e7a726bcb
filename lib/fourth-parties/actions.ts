"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { addSubSupplier, removeSubSupplier } from "./fourth-parties";
import { removeSubSupplierSchema, subSupplierSchema } from "./schema";

export async function addSubSupplierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, subSupplierSchema, async (input) => {
    const row = await addSubSupplier(actor, input);
    revalidatePath(`/vendors/${input.vendorId}/fourth-parties`);
    revalidatePath("/fourth-parties");
    return { ok: true, message: `${row.name} added.` };
  });
}

export async function removeSubSupplierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, removeSubSupplierSchema, async ({ vendorId, id }) => {
    await removeSubSupplier(actor, vendorId, id);
    revalidatePath(`/vendors/${vendorId}/fourth-parties`);
    revalidatePath("/fourth-parties");
    return { ok: true, message: "Sub-supplier removed." };
  });
}
