"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { importKevAction } from "@/lib/kev/actions";

export function ImportKevForm() {
  const [state, action] = useActionState(importKevAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <TextField name="file" label="Catalog file (JSON)" type="file" accept="application/json,.json" required errors={state.fieldErrors?.file} />
      <SubmitButton pendingText="Importing… (large files take a few seconds)">Import catalog</SubmitButton>
    </form>
  );
}
