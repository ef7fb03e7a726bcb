"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { confirmTotpAction, disableTotpAction, regenerateRecoveryCodesAction, startTotpAction, type TotpFormState } from "@/lib/auth/totp-actions";

function RecoveryCodes({ codes }: { codes?: string[] }) {
  if (!codes?.length) return null;
  return (
    <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-1 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-950">
      {codes.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ol>
  );
}

export function StartForm({ restart }: { restart: boolean }) {
  const [state, action] = useActionState(startTotpAction, {} as FormState);
  return (
    <form action={action}>
      <FormMessage state={state.ok ? {} : state} />
      <Button type="submit" variant={restart ? "secondary" : "primary"}>
        {restart ? "Start again with a new key" : "Set up an authenticator app"}
      </Button>
    </form>
  );
}

export function ConfirmForm() {
  const [state, action] = useActionState(confirmTotpAction, {} as TotpFormState);
  if (state.recoveryCodes) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <RecoveryCodes codes={state.recoveryCodes} />
        <Link href="/account/two-step" className="inline-block text-sm font-medium text-accent-800 hover:underline dark:text-accent-300">
          I have saved my recovery codes
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <TextField name="code" label="Code from the app" autoComplete="one-time-code" inputMode="numeric" required errors={state.fieldErrors?.code} />
      <TextField name="password" label="Your current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Checking…">Turn on two-step sign-in</SubmitButton>
    </form>
  );
}

export function RegenerateForm() {
  const [state, action] = useActionState(regenerateRecoveryCodesAction, {} as TotpFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <RecoveryCodes codes={state.recoveryCodes} />
      <TextField id="regenerate-password" name="password" label="Your current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Creating…">New recovery codes</SubmitButton>
    </form>
  );
}

export function DisableForm() {
  const [state, action] = useActionState(disableTotpAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <TextField id="disable-password" name="password" label="Your current password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton variant="danger" pendingText="Turning off…">Turn off two-step sign-in</SubmitButton>
    </form>
  );
}
