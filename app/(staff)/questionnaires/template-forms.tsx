"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { addBuiltInTemplatesAction, createTemplateAction, importTemplateAction } from "@/lib/questionnaires/actions";
import { UPLOAD_LIMITS } from "@/lib/uploads";

export function CreateTemplateForm() {
  const [state, action] = useActionState(createTemplateAction, {} as FormState);
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <TextField name="name" label="Name" required defaultValue={v.name as string} errors={state.fieldErrors?.name} />
      <TextAreaField name="description" label="Purpose (optional)" defaultValue={v.description as string} errors={state.fieldErrors?.description} />
      <SubmitButton pendingText="Creating…">Create and open the builder</SubmitButton>
    </form>
  );
}

export function ImportTemplateForm() {
  const [state, action] = useActionState(importTemplateAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <FormMessage state={state} />
      <FileField
        name="file"
        label="Template file (JSON)"
        accept="application/json,.json"
        required
        limit={UPLOAD_LIMITS.template}
        help="A file exported from Chainward. It becomes a new template with a draft version."
        errors={state.fieldErrors?.file}
      />
      <SubmitButton pendingText="Importing…">Import template</SubmitButton>
    </form>
  );
}

export function AddBuiltInsForm() {
  const [state, action] = useActionState(addBuiltInTemplatesAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingText="Adding…">
        Add the built-in templates
      </SubmitButton>
    </form>
  );
}
