"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { addContactAction, removeContactAction } from "@/lib/vendors/actions";

export function AddContactForm({ vendorId }: { vendorId: string }) {
  const [state, action] = useActionState(addContactAction, {} as FormState);
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <TextField name="name" label="Name" defaultValue={v.name} errors={state.fieldErrors?.name} />
      <TextField name="jobTitle" label="Job title" defaultValue={v.jobTitle} errors={state.fieldErrors?.jobTitle} />
      <TextField name="email" label="Email" type="email" defaultValue={v.email} errors={state.fieldErrors?.email} />
      <TextField name="phone" label="Phone" type="tel" defaultValue={v.phone} errors={state.fieldErrors?.phone} />
      <CheckboxField name="isSecurityContact" label="Security contact" help="The one to call in an incident; replaces the current one." defaultChecked={v.isSecurityContact === "on"} />
      <SubmitButton pendingText="Adding…">Add contact</SubmitButton>
    </form>
  );
}

export function RemoveContactButton({ vendorId, contactId, name }: { vendorId: string; contactId: string; name: string }) {
  return (
    <ConfirmActionForm
      action={removeContactAction}
      fields={{ vendorId, contactId }}
      title={`Remove ${name}?`}
      body={`${name} is removed from this vendor's contacts. The change is kept in the vendor's history.`}
      confirmLabel="Remove contact"
    >
      Remove
    </ConfirmActionForm>
  );
}
