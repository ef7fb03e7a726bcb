"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateReviewIntervalsAction } from "@/lib/assessments/actions";
import { formKey, type FormState } from "@/lib/forms";

const FIELDS = [
  ["reviewMonthsCritical", "Critical vendors"],
  ["reviewMonthsHigh", "High"],
  ["reviewMonthsMedium", "Medium (and vendors without a tier)"],
  ["reviewMonthsLow", "Low"],
] as const;

export function ReviewIntervalsForm({ current }: { current: Record<(typeof FIELDS)[number][0], number> }) {
  const [state, action] = useActionState(updateReviewIntervalsAction, {} as FormState);
  const v = state.values ?? {};
  return (
    <form action={action} className="max-w-md space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      {FIELDS.map(([name, label]) => (
        <TextField key={name} name={name} label={`${label}: months between reviews`} type="number" min={1} max={60} required defaultValue={(v[name] as string) ?? current[name]} errors={state.fieldErrors?.[name]} />
      ))}
      <SubmitButton pendingText="Saving…">Save intervals</SubmitButton>
    </form>
  );
}
