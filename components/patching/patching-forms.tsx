"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { optionsOf, severityLabels } from "@/components/vendors/labels";
import { formKey, type FormState } from "@/lib/forms";
import { addProductAction, addVulnerabilityAction, removeProductAction, setPatchSlaAction, updateVulnerabilityAction } from "@/lib/patching/actions";

type Values = Record<string, string>;
const valuesOf = (state: FormState, initial: Values) => (state.ok ? initial : ((state.values as Values | undefined) ?? initial));

/** The vendor-wide SLA, or a product's own when `productId` is given (it then overrides the vendor's). */
export function SlaForm({ vendorId, productId, initial }: { vendorId: string; productId?: string; initial: Values }) {
  const [state, action] = useActionState(setPatchSlaAction, {} as FormState);
  const v = state.ok ? ((state.values as Values | undefined) ?? initial) : valuesOf(state, initial);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      {productId && <input type="hidden" name="productId" value={productId} />}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <TextField id={`${productId ?? "v"}-critical`} name="criticalDays" label="Critical (days)" type="number" min={0} defaultValue={v.criticalDays} errors={e.criticalDays} />
        <TextField id={`${productId ?? "v"}-high`} name="highDays" label="High (days)" type="number" min={0} defaultValue={v.highDays} errors={e.highDays} />
        <TextField id={`${productId ?? "v"}-medium`} name="mediumDays" label="Medium (days)" type="number" min={0} defaultValue={v.mediumDays} errors={e.mediumDays} />
        <TextField id={`${productId ?? "v"}-low`} name="lowDays" label="Low (days)" type="number" min={0} defaultValue={v.lowDays} errors={e.lowDays} />
      </div>
      <TextField
        id={`${productId ?? "v"}-notification`}
        name="notificationHours"
        label="Vulnerability notification (hours)"
        help="How soon the vendor promised to tell us about a flaw in what it provides."
        type="number"
        min={0}
        defaultValue={v.notificationHours}
        errors={e.notificationHours}
      />
      <SubmitButton pendingText="Saving…">{productId ? "Save product SLA" : "Save patch SLA"}</SubmitButton>
    </form>
  );
}

export function ProductForm({ vendorId }: { vendorId: string }) {
  const [state, action] = useActionState(addProductAction, {} as FormState);
  const v = valuesOf(state, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      <input type="hidden" name="vendorId" value={vendorId} />
      <TextField name="kevVendor" label="Vendor (as in CISA KEV)" help="KEV's “vendorProject”, e.g. Kaseya, Microsoft, Fortinet." defaultValue={v.kevVendor} errors={e.kevVendor} />
      <TextField name="kevProduct" label="Product (as in CISA KEV)" help="KEV's “product”, e.g. Virtual System/Server Administrator (VSA)." defaultValue={v.kevProduct} errors={e.kevProduct} />
      <TextField name="version" label="Version we run" defaultValue={v.version} errors={e.version} />
      <SubmitButton pendingText="Adding…">Add product</SubmitButton>
    </form>
  );
}

export function RemoveProductButton({ vendorId, productId, name, entries }: { vendorId: string; productId: string; name: string; entries: number }) {
  return (
    <ConfirmActionForm
      action={removeProductAction}
      fields={{ vendorId, productId }}
      title={`Remove ${name}?`}
      body={entries ? `Its ${entries} ledger entr${entries === 1 ? "y" : "ies"} are removed with it.` : "We no longer run it."}
      confirmLabel="Remove product"
    >
      Remove product
    </ConfirmActionForm>
  );
}

const severityOptions = optionsOf(severityLabels, "Choose…");

/** Adds a ledger entry to a product, or edits one when `initial.id` is set. */
export function VulnerabilityForm({ productId, initial = {} }: { productId?: string; initial?: Values }) {
  const [state, action] = useActionState(initial.id ? updateVulnerabilityAction : addVulnerabilityAction, {} as FormState);
  const v = valuesOf(state, initial);
  const e = state.fieldErrors ?? {};
  const prefix = initial.id ?? productId ?? "new";
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      {productId && <input type="hidden" name="productId" value={productId} />}
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${prefix}-cve`} name="cveId" label="CVE" placeholder="CVE-2021-30116" defaultValue={v.cveId} errors={e.cveId} />
        <SelectField id={`${prefix}-severity`} name="severity" label="Severity" options={severityOptions} defaultValue={v.severity ?? ""} errors={e.severity} />
        <TextField id={`${prefix}-disclosed`} name="disclosedAt" label="Disclosed" help="Public disclosure, or when it was privately reported to the vendor." type="date" defaultValue={v.disclosedAt} errors={e.disclosedAt} />
        <TextField id={`${prefix}-fix`} name="fixReleasedAt" label="Vendor fix released" type="date" defaultValue={v.fixReleasedAt} errors={e.fixReleasedAt} />
        <TextField id={`${prefix}-deployed`} name="deployedAt" label="Deployed by us" type="date" defaultValue={v.deployedAt} errors={e.deployedAt} />
      </div>
      <TextAreaField id={`${prefix}-controls`} name="compensatingControls" label="Compensating controls during the gap" defaultValue={v.compensatingControls} errors={e.compensatingControls} />
      <SubmitButton pendingText="Saving…">{initial.id ? "Save entry" : "Record vulnerability"}</SubmitButton>
    </form>
  );
}
