"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { deleteSystemSchema, systemFields, updateSystemSchema } from "./schema";
import { createSystem, deleteSystem, updateSystem } from "./systems";

export async function createSystemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, systemFields, async (input) => {
    await createSystem(actor, input);
    revalidatePath("/systems");
    return { ok: true, message: `${input.name} added.` };
  });
}

export async function updateSystemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  const state = await handleForm(formData, updateSystemSchema, async ({ id, ...input }) => updateSystem(actor, id, input));
  if (!state.ok) return state;
  revalidatePath("/systems");
  redirect("/systems");
}

export async function deleteSystemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, deleteSystemSchema, async ({ id }) => {
    await deleteSystem(actor, id);
    revalidatePath("/systems");
    return { ok: true, message: "System removed." };
  });
}
