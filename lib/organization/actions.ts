"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { handleForm, type FormState } from "@/lib/forms";
import { z } from "zod";
import {
  organizationLeiSchema,
  reviewIntervalsSchema,
  riskWeightsSchema,
  securitySettingsSchema,
  updateOrganizationLei,
  updateReviewIntervals,
  updateRiskWeights,
  updateSecuritySettings,
} from "./settings";

export async function updateReviewIntervalsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, reviewIntervalsSchema, async (input) => {
    await updateReviewIntervals(actor, input);
    revalidatePath("/admin/settings");
    return { ok: true, message: "Review intervals saved. They apply from the next completed assessment." };
  });
}

export async function updateOrganizationLeiAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, organizationLeiSchema, async (input) => {
    await updateOrganizationLei(actor, input);
    revalidatePath("/admin/settings");
    return { ok: true, message: input.lei ? "LEI saved." : "LEI removed." };
  });
}

export async function updateRiskWeightsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, riskWeightsSchema, async (input) => {
    await updateRiskWeights(actor, input);
    revalidatePath("/", "layout");
    return { ok: true, message: "Risk weights saved. Every score now uses them and names their version." };
  });
}

export async function resetRiskWeightsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, z.object({}), async () => {
    await updateRiskWeights(actor, null);
    revalidatePath("/", "layout");
    return { ok: true, message: "The default risk weights apply again." };
  });
}

export async function updateSecuritySettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole("ADMIN");
  return handleForm(formData, securitySettingsSchema, async (input) => {
    await updateSecuritySettings(actor, input);
    revalidatePath("/admin/settings");
    return {
      ok: true,
      message: input.requireTotp ? "Two-step sign-in is now required: staff without it set it up at their next request." : "Two-step sign-in is optional again.",
    };
  });
}
