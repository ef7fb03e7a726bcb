"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole, requireVendorContact } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { acceptFindingRisk, createFinding, RISK_ACCEPTORS, respondToFinding, updateFinding } from "./findings";
import { acceptRiskSchema, createFindingSchema, respondToFindingSchema, updateFindingSchema } from "./schema";

export async function createFindingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  return handleForm(formData, createFindingSchema, async (input) => {
    await createFinding(actor, input);
    if (input.assessmentId) revalidatePath(`/assessments/${input.assessmentId}`);
    revalidatePath(`/vendors/${input.vendorId}/assessments`);
    return { ok: true, message: "Finding raised. The vendor sees it in the portal." };
  });
}

export async function updateFindingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let findingId = "";
  const state = await handleForm(formData, updateFindingSchema, async (input) => {
    findingId = input.id;
    await updateFinding(actor, input);
  });
  if (!state.ok) return state;
  redirect(`/findings/${findingId}?saved=1`);
}

export async function acceptFindingRiskAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...RISK_ACCEPTORS);
  let findingId = "";
  const state = await handleForm(formData, acceptRiskSchema, async (input) => {
    findingId = input.id;
    await acceptFindingRisk(actor, input);
  });
  if (!state.ok) return state;
  redirect(`/findings/${findingId}?saved=accepted`);
}

export async function respondToFindingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireVendorContact();
  return handleForm(formData, respondToFindingSchema, async (input) => {
    await respondToFinding(actor, input);
    revalidatePath(`/portal/findings/${input.id}`);
    return { ok: true, message: "Your response was sent." };
  });
}
