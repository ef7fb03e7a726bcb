"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { portalSignInAction } from "@/lib/auth/actions";
import { formKey, type FormState } from "@/lib/forms";

/**
 * Supplier sign-in in one tab: the address, then the 6-digit code from the email, typed where it was asked for.
 * `next` is the portal page to open afterwards (the one an expired link was for).
 */
export function PortalSignInForm({ email, next }: { email?: string; next?: string }) {
  const [state, action] = useActionState(portalSignInAction, {} as FormState);
  // "Use another address" shows the address step again until the next answer.
  const [editing, setEditing] = useState<FormState | null>(null);
  const values = state.values ?? {};
  const address = (values.email as string | undefined) ?? email ?? "";
  const nextPath = (values.next as string | undefined) || next || "";
  const codeStep = values.step === "code" && editing !== state;

  if (!codeStep) {
    return (
      <form key={formKey(state)} action={action} className="space-y-4" noValidate>
        <FormMessage state={editing === state ? {} : state} />
        <input type="hidden" name="next" value={nextPath} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={address} errors={state.fieldErrors?.email} />
        <SubmitButton name="intent" value="send" className="w-full" pendingText="Sending…">
          Email me a sign-in code
        </SubmitButton>
      </form>
    );
  }
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="email" value={address} />
      <input type="hidden" name="next" value={nextPath} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Code sent to <strong className="break-all">{address}</strong>
      </p>
      <TextField
        name="code"
        label="6-digit code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        required
        autoFocus
        errors={state.fieldErrors?.code}
      />
      <SubmitButton name="intent" value="verify" className="w-full" pendingText="Signing in…">
        Sign in
      </SubmitButton>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <SubmitButton name="intent" value="send" variant="secondary" pendingText="Sending…">
          Send a new code
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setEditing(state)}>
          Use another address
        </Button>
      </div>
    </form>
  );
}
