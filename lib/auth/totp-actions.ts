"use server";
// Server actions of the two-step sign-in page. A member whose organization requires a second factor reaches them
// before anything else, so they use the enrolment guard.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRoleDuringEnrollment } from "@/lib/auth/guard";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { confirmTotpEnrollment, disableTotp, regenerateRecoveryCodes, startTotpEnrollment } from "./totp";

export type TotpFormState = FormState & { recoveryCodes?: string[] };

const passwordSchema = z.object({ password: z.string().min(1, "Enter your current password").max(256) });
const confirmSchema = passwordSchema.extend({ code: z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code your app shows") });
const PAGE = "/account/two-step";

export async function startTotpAction(): Promise<FormState> {
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  await startTotpEnrollment(actor);
  revalidatePath(PAGE);
  return { ok: true };
}

export async function confirmTotpAction(_prev: TotpFormState, formData: FormData): Promise<TotpFormState> {
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  let recoveryCodes: string[] = [];
  const state = await handleForm(formData, confirmSchema, async (input) => {
    recoveryCodes = await confirmTotpEnrollment(actor, input);
  });
  if (!state.ok) return state;
  // No revalidation here: the page would re-render without the codes, which are shown only in this answer.
  return { ok: true, message: "Two-step sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown only now.", recoveryCodes };
}

export async function regenerateRecoveryCodesAction(_prev: TotpFormState, formData: FormData): Promise<TotpFormState> {
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  let recoveryCodes: string[] = [];
  const state = await handleForm(formData, passwordSchema, async (input) => {
    recoveryCodes = await regenerateRecoveryCodes(actor, input);
  });
  if (!state.ok) return state;
  return { ok: true, message: "New recovery codes: the old ones no longer work.", recoveryCodes };
}

export async function disableTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRoleDuringEnrollment(...STAFF_ROLES);
  const state = await handleForm(formData, passwordSchema, async (input) => {
    await disableTotp(actor, input);
  });
  if (!state.ok) return state;
  revalidatePath(PAGE);
  return { ok: true, message: "Two-step sign-in is off." };
}
