"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { createChannel, setChannelDisabled, updateChannel } from "./channels";
import { createChannelSchema, disableChannelSchema, enableChannelSchema, updateChannelSchema } from "./schema";

export async function createChannelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let vendorId = "";
  const state = await handleForm(formData, createChannelSchema, async ({ vendorId: vid, ...input }) => {
    vendorId = (await createChannel(actor, vid, input)).vendorId;
  });
  if (!state.ok) return state;
  revalidatePath(`/vendors/${vendorId}/channels`);
  redirect(`/vendors/${vendorId}/channels?saved=created`);
}

export async function updateChannelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let vendorId = "";
  const state = await handleForm(formData, updateChannelSchema, async ({ id, version, ...input }) => {
    vendorId = await updateChannel(actor, id, version, input);
  });
  if (!state.ok) return state;
  revalidatePath(`/vendors/${vendorId}/channels`);
  redirect(`/vendors/${vendorId}/channels?saved=updated`);
}

export async function disableChannelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, disableChannelSchema, async ({ id, reason }) => {
    const vendorId = await setChannelDisabled(actor, id, reason);
    revalidatePath(`/vendors/${vendorId}/channels`);
    return { ok: true, message: "Channel disabled." };
  });
}

export async function enableChannelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, enableChannelSchema, async ({ id }) => {
    const vendorId = await setChannelDisabled(actor, id, null);
    revalidatePath(`/vendors/${vendorId}/channels`);
    return { ok: true, message: "Channel enabled again." };
  });
}
