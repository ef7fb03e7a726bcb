"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { discardDraftAction, newDraftAction, publishVersionAction, renameTemplateAction } from "@/lib/questionnaires/actions";

export function PublishButton({ versionId, number }: { versionId: string; number: number }) {
  return (
    <ConfirmActionForm
      action={publishVersionAction}
      fields={{ versionId }}
      title={`Publish version ${number}?`}
      body="A published version can be sent to vendors and never changes again. Save the draft first: unsaved changes are not published."
      confirmLabel="Publish"
    >
      Publish version {number}
    </ConfirmActionForm>
  );
}

export function DiscardDraftButton({ versionId, number }: { versionId: string; number: number }) {
  return (
    <ConfirmActionForm
      action={discardDraftAction}
      fields={{ versionId }}
      title={`Discard draft version ${number}?`}
      body="Its questions are deleted. Published versions are kept."
      confirmLabel="Discard draft"
    >
      Discard draft
    </ConfirmActionForm>
  );
}

export function NewDraftButton({ templateId }: { templateId: string }) {
  const [state, action] = useActionState(newDraftAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="templateId" value={templateId} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating draft…">Edit as a new draft</SubmitButton>
    </form>
  );
}

export function RenameTemplateForm({ templateId, name, description }: { templateId: string; name: string; description: string | null }) {
  const [state, action] = useActionState(renameTemplateAction, {} as FormState);
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="templateId" value={templateId} />
      <FormMessage state={state} />
      <TextField name="name" label="Name" required defaultValue={(v.name as string) ?? name} errors={state.fieldErrors?.name} />
      <TextAreaField name="description" label="Purpose" defaultValue={(v.description as string) ?? description ?? ""} errors={state.fieldErrors?.description} />
      <SubmitButton variant="secondary" pendingText="Saving…">
        Save name
      </SubmitButton>
    </form>
  );
}
