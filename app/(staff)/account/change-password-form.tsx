"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePassword } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, {} as FormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <TextField name="current" label="Current password" type="password" autoComplete="current-password" errors={state.fieldErrors?.current} />
      <TextField name="password" label="New password" type="password" autoComplete="new-password" help="At least 12 characters. Other sessions end when you change it." errors={state.fieldErrors?.password} />
      <TextField name="confirm" label="Repeat the new password" type="password" autoComplete="new-password" errors={state.fieldErrors?.confirm} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}
