"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { VendorPicker } from "@/components/vendors/vendor-picker";
import { formKey, type FormState } from "@/lib/forms";
import { addSubSupplierAction, removeSubSupplierAction } from "@/lib/fourth-parties/actions";

export function AddSubSupplierForm({ vendorId }: { vendorId: string }) {
  const [state, action] = useActionState(addSubSupplierAction, {} as FormState);
  const v = (state.ok ? {} : (state.values ?? {})) as Record<string, string>;
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <VendorPicker
        name="subVendorId"
        label="One of our vendors"
        help="Leave empty for a sub-supplier we have no contract with."
        exclude={vendorId}
        initial={v.subVendorId ? { id: v.subVendorId, name: v.subVendorIdName ?? "" } : null}
        errors={e.subVendorId}
      />
      <TextField name="name" label="…or its name" help="For a sub-supplier we have no contract with, e.g. “Kaseya VSA cloud”." defaultValue={v.name} errors={e.name} />
      <TextField name="purpose" label="Used for" defaultValue={v.purpose} errors={e.purpose} />
      <CheckboxField name="touchesData" label="Handles our data" defaultChecked={v.touchesData === "on"} />
      <CheckboxField name="touchesChannels" label="Runs or reaches our access channels" defaultChecked={v.touchesChannels === "on"} />
      <SubmitButton pendingText="Adding…">Add sub-supplier</SubmitButton>
    </form>
  );
}

export function RemoveSubSupplierButton({ vendorId, id, name }: { vendorId: string; id: string; name: string }) {
  return (
    <ConfirmActionForm
      action={removeSubSupplierAction}
      fields={{ vendorId, id }}
      title={`Remove ${name}?`}
      body="The link is removed; the change stays in the vendor's history."
      confirmLabel="Remove"
    >
      Remove
    </ConfirmActionForm>
  );
}
