"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/guard";
import { RISK_ACCEPTORS } from "@/lib/findings/findings";
import { handleForm, type FormState } from "@/lib/forms";
import { acceptAlarm, acceptAlarmSchema } from "./alarms";

export async function acceptAlarmAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole(...RISK_ACCEPTORS);
  return handleForm(formData, acceptAlarmSchema, async (input) => {
    await acceptAlarm(actor, input);
    revalidatePath(`/vendors/${input.vendorId}`);
    revalidatePath("/dashboard");
    return { ok: true, message: `Alarm accepted until ${input.acceptedUntil.toISOString().slice(0, 10)}.` };
  });
}
