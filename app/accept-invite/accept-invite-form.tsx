"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInvitation } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms";

export function AcceptInviteForm({ token, step }: { token: string; step: "choose_password" | "enter_password" }) {
  const [state, action] = useActionState(acceptInvitation, {} as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {step === "choose_password" ? (
        <>
          <TextField name="password" label="New password" type="password" autoComplete="new-password" help="At least 12 characters. A passphrase is easiest." errors={state.fieldErrors?.password} />
          <TextField name="confirm" label="Repeat the password" type="password" autoComplete="new-password" errors={state.fieldErrors?.confirm} />
          <SubmitButton className="w-full" pendingText="Saving…">
            Set password
          </SubmitButton>
        </>
      ) : (
        <>
          <TextField name="password" label="Your Chainward password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />
          <SubmitButton className="w-full" pendingText="Joining…">
            Accept the invitation
          </SubmitButton>
        </>
      )}
    </form>
  );
}
