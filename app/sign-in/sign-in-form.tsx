"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPassword } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms";

export function SignInForm() {
  const [state, action] = useActionState(signInWithPassword, {} as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingText="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
