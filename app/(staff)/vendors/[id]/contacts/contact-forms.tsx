"use client";
import { useLocale } from "next-intl";
import { useActionState } from "react";
import { FormMessage, InlineResult } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { CheckboxField, InlineSelect, SelectField, TextField } from "@/components/ui/field";
import { availabilityLabels, optionsOf } from "@/components/vendors/labels";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { LOCALES, localeNames } from "@/lib/i18n/locales";
import { addContactAction, removeContactAction, setSecurityContactAction } from "@/lib/vendors/actions";

const availabilityOptions = optionsOf(availabilityLabels, "Unknown");
const languageOptions = LOCALES.map((l) => ({ value: l, label: localeNames[l] }));

export function AddContactForm({ vendorId }: { vendorId: string }) {
  const [state, action] = useActionState(addContactAction, {} as FormState);
  const v = state.ok ? {} : (state.values ?? {});
  // The language of the person adding the contact is the first guess.
  const locale = useLocale();
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <TextField name="name" label="Name" defaultValue={v.name} errors={state.fieldErrors?.name} />
      <TextField name="jobTitle" label="Job title" defaultValue={v.jobTitle} errors={state.fieldErrors?.jobTitle} />
      <TextField name="email" label="Email" type="email" defaultValue={v.email} errors={state.fieldErrors?.email} />
      <TextField name="phone" label="Phone" type="tel" defaultValue={v.phone} errors={state.fieldErrors?.phone} />
      <SelectField name="locale" label="Language" help="Emails to this contact are written in it, until the contact chooses another." options={languageOptions} defaultValue={typeof v.locale === "string" ? v.locale : locale} errors={state.fieldErrors?.locale} />
      <CheckboxField name="isSecurityContact" label="Security contact" help="The one to call in an incident; replaces the current one." defaultChecked={v.isSecurityContact === "on"} />
      <SelectField name="availability" label="Reachable" help="For the security contact: when they answer. Around the clock matters when a supplier's channel must be cut on a holiday." options={availabilityOptions} defaultValue={typeof v.availability === "string" ? v.availability : ""} errors={state.fieldErrors?.availability} />
      <SubmitButton pendingText="Adding…">Add contact</SubmitButton>
    </form>
  );
}

/** Makes a contact the security contact, or changes when the current one can be reached. */
export function SecurityContactForm({ vendorId, contactId, name, current, availability }: { vendorId: string; contactId: string; name: string; current: boolean; availability: string | null }) {
  const [state, action] = useActionState(setSecurityContactAction, {} as FormState);
  return (
    <form action={action} className="flex min-w-[13rem] flex-col items-start gap-1.5">
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="contactId" value={contactId} />
      <label className="sr-only" htmlFor={`availability-${contactId}`}>
        When {name} can be reached
      </label>
      <InlineSelect id={`availability-${contactId}`} name="availability" defaultValue={availability ?? ""} options={availabilityOptions} className="w-full" />
      <SubmitButton variant="secondary" pendingText="Saving…">
        {current ? "Save availability" : "Make security contact"}
        <span className="sr-only"> ({name})</span>
      </SubmitButton>
      <InlineResult state={state} />
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
