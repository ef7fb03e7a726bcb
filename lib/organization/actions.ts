"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { handleForm, type FormState } from "@/lib/forms";
import { organizationLeiSchema, reviewIntervalsSchema, updateOrganizationLei, updateReviewIntervals } from "./settings";

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
