"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestMagicLinkAction } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms";

export function MagicLinkForm({ submitLabel = "Email me a sign-in link", email }: { submitLabel?: string; email?: string }) {
  const [state, action] = useActionState(requestMagicLinkAction, {} as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={(state.values?.email as string) ?? email} errors={state.fieldErrors?.email} />
      <SubmitButton className="w-full" pendingText="Sending…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
