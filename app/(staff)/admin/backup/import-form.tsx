"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { importOrganizationAction } from "@/lib/backup/actions";
import { formKey, type FormState } from "@/lib/forms";

export function ImportOrganizationForm() {
  const [state, action] = useActionState(importOrganizationAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <TextField name="file" label="Backup file (JSON)" type="file" accept="application/json,.json" required errors={state.fieldErrors?.file} />
      <SubmitButton pendingText="Importing… (large organizations take a while)">Import into this organization</SubmitButton>
    </form>
  );
}
