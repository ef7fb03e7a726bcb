"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { handleForm, type FormState } from "@/lib/forms";
import { appBaseUrl } from "@/lib/request";
import { answerAdvisory, closeCampaign, createCampaign, remindUnanswered } from "./advisories";
import { recordAnsweredDeployment, recordedMessage } from "./deployments";
import { answerAdvisorySchema, campaignIdSchema, createCampaignSchema, recordDeploymentSchema } from "./schema";

export async function createCampaignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let campaignId = "";
  const state = await handleForm(formData, createCampaignSchema, async (input) => {
    campaignId = (await createCampaign(actor, input, await appBaseUrl())).id;
  });
  if (!state.ok) return state;
  redirect(`/advisories/${campaignId}?sent=1`);
}

/** A vendor contact answers for its vendor; a security manager records an answer given another way. */
export async function answerAdvisoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES, "VENDOR");
  return handleForm(formData, answerAdvisorySchema, async (input) => {
    await answerAdvisory(actor, input);
    revalidatePath(actor.role === "VENDOR" ? `/portal/advisories/${input.requestId}` : "/advisories", actor.role === "VENDOR" ? "page" : "layout");
    return { ok: true, message: actor.role === "VENDOR" ? "Thank you: your answer was sent." : "Answer recorded." };
  });
}

export async function remindUnansweredAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let campaignId = "";
  let reminded = 0;
  const state = await handleForm(formData, campaignIdSchema, async (input) => {
    campaignId = input.campaignId;
    reminded = await remindUnanswered(actor, input.campaignId, await appBaseUrl());
  });
  if (!state.ok) return state;
  redirect(`/advisories/${campaignId}?reminded=${reminded}`);
}

export async function closeCampaignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let campaignId = "";
  const state = await handleForm(formData, campaignIdSchema, async (input) => {
    campaignId = input.campaignId;
    await closeCampaign(actor, input.campaignId);
  });
  if (!state.ok) return state;
  redirect(`/advisories/${campaignId}?closed=1`);
}

/** "Record this deployment": the vendor's answered day goes into its patch ledger; the score and alarm follow. */
export async function recordAnsweredDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...EDITOR_ROLES);
  let back = "";
  const state = await handleForm(formData, recordDeploymentSchema, async ({ requestId, view }) => {
    const result = await recordAnsweredDeployment(actor, requestId);
    if (view === "confirm") back = `/advisories?confirm=1&recorded=${encodeURIComponent(requestId)}`;
    if (!result.recorded) return { ok: true, message: `${recordedMessage(result.day, true)}; nothing changed.` };
    revalidatePath("/advisories", "layout");
    revalidatePath(`/vendors/${result.vendorId}`, "layout");
    revalidatePath("/patching");
    revalidatePath("/dashboard");
    const entries = result.recorded + result.already;
    return { ok: true, message: `${recordedMessage(result.day)}${entries > 1 ? ` for ${entries} ledger entries` : ""}.` };
  });
  if (state.ok && back) redirect(back);
  return state;
}
