"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { importOrganizationAction } from "@/lib/backup/actions";
import { formKey, type FormState } from "@/lib/forms";
import { UPLOAD_LIMITS } from "@/lib/uploads";

export function ImportOrganizationForm() {
  const [state, action] = useActionState(importOrganizationAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <FileField name="file" label="Backup file (JSON)" accept="application/json,.json" required limit={UPLOAD_LIMITS.backup} errors={state.fieldErrors?.file} />
      <SubmitButton pendingText="Importing… (large organizations take a while)">Import into this organization</SubmitButton>
    </form>
  );
}
