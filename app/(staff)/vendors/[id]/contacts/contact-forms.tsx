"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
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
  const [state, action] = useActionState(removeContactAction, {} as FormState);
  return (
    <form action={action}>
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="contactId" value={contactId} />
      <ConfirmButton title={`Remove ${name}?`} body={`${name} is removed from this vendor's contacts. The change is kept in the vendor's history.`} confirmLabel="Remove contact">
        Remove
      </ConfirmButton>
      {state.ok === false && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
