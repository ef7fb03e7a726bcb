"use client";
import { useLocale } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { VendorPicker } from "@/components/vendors/vendor-picker";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { inviteMemberAction } from "@/lib/members/actions";
import { roleDescriptions, type Role } from "@/lib/auth/roles";
import { LOCALES, localeNames } from "@/lib/i18n/locales";
import { roleOptions } from "./role-options";

const languageOptions = LOCALES.map((l) => ({ value: l, label: localeNames[l] }));

export function InviteMemberForm() {
  const [state, action] = useActionState(inviteMemberAction, {} as FormState);
  const values = state.ok ? {} : (state.values ?? {});
  const [role, setRole] = useState(values.role ?? "SECURITY_MANAGER");
  const locale = useLocale();
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <TextField name="name" label="Name" defaultValue={values.name} errors={state.fieldErrors?.name} autoComplete="off" />
      <TextField name="email" label="Email" type="email" defaultValue={values.email} errors={state.fieldErrors?.email} autoComplete="off" />
      <SelectField
        name="role"
        label="Role"
        help={roleDescriptions[role as Role]}
        options={roleOptions}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        errors={state.fieldErrors?.role}
      />
      {role === "VENDOR" && (
        <VendorPicker
          name="vendorId"
          label="Vendor"
          help="A vendor contact sees only this vendor's questionnaires and findings, and signs in with the link in each email or an emailed code, no password."
          initial={typeof values.vendorId === "string" && values.vendorId ? { id: values.vendorId, name: String(values.vendorIdName ?? "") } : null}
          errors={state.fieldErrors?.vendorId}
        />
      )}
      <SelectField
        name="locale"
        label="Language"
        help="The invitation and the organization's later emails are written in it, until the person chooses another."
        options={languageOptions}
        defaultValue={typeof values.locale === "string" ? values.locale : locale}
        errors={state.fieldErrors?.locale}
      />
      <SubmitButton pendingText="Sending invitation…">Send invitation</SubmitButton>
    </form>
  );
}
