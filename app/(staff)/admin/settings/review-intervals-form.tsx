"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { updateOrganizationLeiAction, updateReviewIntervalsAction, updateSecuritySettingsAction } from "@/lib/organization/actions";

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

export function OrganizationLeiForm({ current }: { current: string | null }) {
  const [state, action] = useActionState(updateOrganizationLeiAction, {} as FormState);
  return (
    <form action={action} className="max-w-md space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <TextField
        name="lei"
        label="Your organization's LEI"
        defaultValue={(state.values?.lei as string) ?? current ?? ""}
        help="ISO 17442 Legal Entity Identifier (20 characters). DORA's register of information names the entity using each ICT service by it."
        errors={state.fieldErrors?.lei}
      />
      <SubmitButton pendingText="Saving…">Save LEI</SubmitButton>
    </form>
  );
}

export function SecuritySettingsForm({ requireTotp }: { requireTotp: boolean }) {
  const [state, action] = useActionState(updateSecuritySettingsAction, {} as FormState);
  return (
    <form action={action} className="max-w-md space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <CheckboxField
        name="requireTotp"
        label="Require two-step sign-in for all staff"
        defaultChecked={state.values ? state.values.requireTotp === "on" : requireTotp}
        help="Staff without an authenticator app set up are sent to set one up before they can do anything else. Supplier contacts sign in with emailed links and codes and are not affected."
      />
      <SubmitButton pendingText="Saving…">Save sign-in security</SubmitButton>
    </form>
  );
}
