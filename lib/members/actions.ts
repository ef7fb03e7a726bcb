"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { failed, formObject, invalid, type FormState } from "@/lib/forms";
import { appBaseUrl } from "@/lib/request";
import { changeMemberRole, inviteMember, MemberError, removeMember } from "./members";
import { changeRoleSchema, inviteMemberSchema, removeMemberSchema } from "./schema";

function memberFailure(error: unknown, formData: FormData): FormState {
  if (!(error instanceof MemberError)) throw error;
  return failed(error.message, formData, error.field ? { [error.field]: [error.message] } : undefined);
}

export async function inviteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  const input = inviteMemberSchema.safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  try {
    await inviteMember(actor, input.data, await appBaseUrl());
  } catch (error) {
    return memberFailure(error, formData);
  }
  revalidatePath("/admin/members");
  return { ok: true, message: `Invitation sent to ${input.data.email}.` };
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  const input = changeRoleSchema.safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  try {
    await changeMemberRole(actor, input.data);
  } catch (error) {
    return memberFailure(error, formData);
  }
  revalidatePath("/admin/members");
  return { ok: true, message: "Role changed. The member's sessions have ended." };
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  const input = removeMemberSchema.safeParse(formObject(formData));
  if (!input.success) return invalid(input.error, formData);
  try {
    await removeMember(actor, input.data.membershipId);
  } catch (error) {
    return memberFailure(error, formData);
  }
  revalidatePath("/admin/members");
  return { ok: true, message: "Member removed." };
}
