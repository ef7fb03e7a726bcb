"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole, requireVendorContact } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { ActionError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { appBaseUrl } from "@/lib/request";
import {
  acceptUnflaggedAnswers,
  cancelAssessment,
  completeReview,
  requestClarification,
  saveAnswer,
  sendAssessment,
  setVerdict,
  submitAssessment,
  type SaveAnswerResult,
} from "./assessments";
import { assessmentIdSchema, clarificationSchema, saveAnswerSchema, sendAssessmentSchema, verdictSchema } from "./schema";

export async function sendAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let vendorId = "";
  const state = await handleForm(formData, sendAssessmentSchema, async (input) => {
    vendorId = (await sendAssessment(actor, input, await appBaseUrl())).vendorId;
  });
  if (!state.ok) return state;
  revalidatePath(`/vendors/${vendorId}/assessments`);
  redirect(`/vendors/${vendorId}/assessments?sent=1`);
}

/** Autosave of one answer from the portal (called by the client, not a form). */
export async function saveAnswerAction(input: unknown): Promise<SaveAnswerResult | { ok: false; error: string }> {
  const actor = await requireVendorContact();
  const parsed = saveAnswerSchema.safeParse(input);
  // A refused character in the comment is named; anything else malformed did not come from the portal's form.
  if (!parsed.success) return { ok: false, error: parsed.error.issues.find((i) => i.code === "custom")?.message ?? "This answer could not be read." };
  try {
    return await saveAnswer(actor, parsed.data);
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, error: error.message };
    throw error;
  }
}

export async function submitAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireVendorContact();
  const state = await handleForm(formData, assessmentIdSchema, async ({ assessmentId }) => {
    await submitAssessment(actor, assessmentId, await appBaseUrl());
  });
  if (!state.ok) return state;
  revalidatePath("/portal");
  redirect(`/portal/assessments/${formData.get("assessmentId")}?submitted=1`);
}

export async function setVerdictAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, verdictSchema, async (input) => {
    await setVerdict(actor, input);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return { ok: true, message: input.verdict === "ACCEPTED" ? "Accepted." : "Verdict cleared." };
  });
}

export async function acceptUnflaggedAnswersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, assessmentIdSchema, async ({ assessmentId }) => {
    const accepted = await acceptUnflaggedAnswers(actor, assessmentId);
    revalidatePath(`/assessments/${assessmentId}`);
    return { ok: true, message: accepted === 1 ? "1 answer accepted." : `${accepted} answers accepted.` };
  });
}

export async function requestClarificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, clarificationSchema, async ({ assessmentId, note }) => {
    await requestClarification(actor, assessmentId, note, await appBaseUrl());
    revalidatePath(`/assessments/${assessmentId}`);
    return { ok: true, message: "Sent back to the vendor with your request." };
  });
}

export async function completeReviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let id = "";
  const state = await handleForm(formData, assessmentIdSchema, async ({ assessmentId }) => {
    id = assessmentId;
    await completeReview(actor, assessmentId);
  });
  if (!state.ok) return state;
  redirect(`/assessments/${id}?completed=1`);
}

export async function cancelAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, assessmentIdSchema, async ({ assessmentId }) => {
    const vendorId = await cancelAssessment(actor, assessmentId);
    revalidatePath(`/vendors/${vendorId}/assessments`);
    revalidatePath(`/assessments/${assessmentId}`);
    return { ok: true, message: "Assessment cancelled." };
  });
}
