"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { importKevAction } from "@/lib/kev/actions";
import { UPLOAD_LIMITS } from "@/lib/uploads";

export function ImportKevForm() {
  const [state, action] = useActionState(importKevAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <FileField name="file" label="Catalog file (JSON)" accept="application/json,.json" required limit={UPLOAD_LIMITS.kevCatalog} errors={state.fieldErrors?.file} />
      <SubmitButton pendingText="Importing… (large files take a few seconds)">Import catalog</SubmitButton>
    </form>
  );
}
