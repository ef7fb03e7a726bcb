"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { handleForm, type FormState } from "@/lib/forms";
import { appBaseUrl } from "@/lib/request";
import { changeMemberRole, inviteMember, removeMember } from "./members";
import { changeRoleSchema, inviteMemberSchema, removeMemberSchema } from "./schema";

export async function inviteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, inviteMemberSchema, async (input) => {
    await inviteMember(actor, input, await appBaseUrl());
    revalidatePath("/admin/members");
    return { ok: true, message: `Invitation sent to ${input.email}.` };
  });
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, changeRoleSchema, async (input) => {
    await changeMemberRole(actor, input);
    revalidatePath("/admin/members");
    return { ok: true, message: "Role changed. The member's sessions have ended." };
  });
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, removeMemberSchema, async (input) => {
    await removeMember(actor, input.membershipId);
    revalidatePath("/admin/members");
    return { ok: true, message: "Member removed." };
  });
}
