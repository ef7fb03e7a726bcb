"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { optionsOf, tierLabels } from "@/components/vendors/labels";
import { formKey, type FormState } from "@/lib/forms";
import { createSystemAction, deleteSystemAction, updateSystemAction } from "@/lib/systems/actions";

/** Adds a system, or edits one when `initial` has an id. */
export function SystemForm({ initial }: { initial?: Record<string, string> }) {
  const [state, action] = useActionState(initial?.id ? updateSystemAction : createSystemAction, {} as FormState);
  const v = (state.ok ? (initial ?? {}) : (state.values ?? initial ?? {})) as Record<string, string>;
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      {initial?.id && <input type="hidden" name="id" value={initial.id} />}
      <TextField name="name" label="Name" defaultValue={v.name} errors={state.fieldErrors?.name} />
      <TextField name="description" label="Description" defaultValue={v.description} errors={state.fieldErrors?.description} />
      <SelectField name="criticality" label="Criticality" options={optionsOf(tierLabels)} defaultValue={v.criticality ?? "MEDIUM"} errors={state.fieldErrors?.criticality} />
      <TextField name="owner" label="Owner" defaultValue={v.owner} errors={state.fieldErrors?.owner} />
      <SubmitButton pendingText="Saving…">{initial?.id ? "Save system" : "Add system"}</SubmitButton>
    </form>
  );
}

export function DeleteSystemButton({ id, name, channels }: { id: string; name: string; channels: number }) {
  return (
    <ConfirmActionForm
      action={deleteSystemAction}
      fields={{ id }}
      title={`Remove ${name}?`}
      body={channels ? `${channels} access channel(s) will no longer list ${name} among the systems they reach.` : `${name} is removed from the register.`}
      confirmLabel="Remove system"
    >
      Remove
    </ConfirmActionForm>
  );
}
