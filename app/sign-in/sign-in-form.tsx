"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPassword } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [state, action] = useActionState(signInWithPassword, {} as FormState);
  // Kept in the browser between the two steps: the server never echoes a password back.
  const [password, setPassword] = useState("");
  const askCode = state.values?.step === "code";
  // A person who belongs to several organizations chooses one (listed only after the right password).
  const organizations = state.organizations ?? [];
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={state.fieldErrors?.password}
      />
      {organizations.length > 1 && (
        <SelectField
          name="organizationId"
          label={t("organization")}
          defaultValue={typeof state.values?.organizationId === "string" ? state.values.organizationId : ""}
          help={t("organizationHelp")}
          options={[{ value: "", label: t("chooseOrganization") }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
          required
        />
      )}
      {askCode && (
        <TextField
          name="code"
          label={t("code")}
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          help={t("codeHelp")}
          errors={state.fieldErrors?.code}
        />
      )}
      <SubmitButton className="w-full" pendingText={t("pending")}>
        {askCode ? t("verify") : t("submit")}
      </SubmitButton>
    </form>
  );
}
