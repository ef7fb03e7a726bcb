"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { optionsOf, sensitivityLabels, statusLabels, substitutabilityLabels, tierLabels } from "./labels";

/** The vendor's current values as form strings (dates as YYYY-MM-DD, booleans as "on"). */
export type VendorFormValues = Record<string, string>;

export function VendorForm({
  action,
  initial,
  submitLabel,
  countries,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: VendorFormValues;
  submitLabel: string;
  /** Country names to suggest as the user types (from the server: the list stays out of the page's script). */
  countries: string[];
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  // After a refused save, show what the user typed, not the stored values.
  const v = (state.values ? { ...state.values, criticalFunction: state.values.criticalFunction ?? "" } : initial) as VendorFormValues;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate key={formKey(state)}>
      <FormMessage state={state} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {initial.version && <input type="hidden" name="version" value={initial.version} />}
      <Fieldset legend="Identity">
        <TextField name="name" label="Name" required defaultValue={v.name} errors={e.name} />
        <TextField name="legalName" label="Legal name" defaultValue={v.legalName} errors={e.legalName} />
        <TextField
          name="lei"
          label="LEI"
          help="Legal Entity Identifier: the 20-character code from GLEIF that DORA's register of information asks for."
          defaultValue={v.lei}
          errors={e.lei}
          autoComplete="off"
        />
        <TextField
          name="country"
          label="Country"
          list="country-names"
          autoComplete="off"
          help="Type to search by name; the ISO 3166-1 code (DE for Germany) is what is kept."
          defaultValue={v.country}
          errors={e.country}
        />
        <datalist id="country-names">
          {countries.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField name="website" label="Website" type="url" placeholder="https://" defaultValue={v.website} errors={e.website} />
        <TextField name="businessOwner" label="Business owner" help="Who in our company owns this relationship." defaultValue={v.businessOwner} errors={e.businessOwner} />
        <div className="sm:col-span-2">
          <TextAreaField name="servicesProvided" label="Services provided" defaultValue={v.servicesProvided} errors={e.servicesProvided} />
        </div>
      </Fieldset>
      <Fieldset legend="Criticality">
        <SelectField name="status" label="Status" options={optionsOf(statusLabels)} defaultValue={v.status ?? "ACTIVE"} errors={e.status} />
        <SelectField name="dataSensitivity" label="Most sensitive data handled" options={optionsOf(sensitivityLabels)} defaultValue={v.dataSensitivity ?? "INTERNAL"} errors={e.dataSensitivity} />
        <SelectField name="tier" label="Tier" options={optionsOf(tierLabels, "Not tiered")} defaultValue={v.tier ?? ""} errors={e.tier} />
        <TextField name="tierReason" label="Reason for the tier" help="Required when the tier changes; kept in the tier history." defaultValue={v.tierReason} errors={e.tierReason} />
        <SelectField
          name="substitutability"
          label="Substitutability"
          options={optionsOf(substitutabilityLabels, "Not assessed")}
          defaultValue={v.substitutability ?? ""}
          errors={e.substitutability}
        />
        <CheckboxField
          name="criticalFunction"
          label="Supports a critical or important function"
          help="DORA Art. 28: functions whose disruption would materially impair the business."
          defaultChecked={v.criticalFunction === "on" || v.criticalFunction === "true"}
          errors={e.criticalFunction}
        />
      </Fieldset>
      <Fieldset legend="Contract and review">
        <TextField name="contractStart" label="Contract start" type="date" defaultValue={v.contractStart} errors={e.contractStart} />
        <TextField name="contractEnd" label="Contract end" type="date" defaultValue={v.contractEnd} errors={e.contractEnd} />
        <TextField name="renewalDate" label="Renewal date" type="date" defaultValue={v.renewalDate} errors={e.renewalDate} />
        <TextField name="noticePeriodDays" label="Notice period (days)" type="number" min={0} inputMode="numeric" defaultValue={v.noticePeriodDays} errors={e.noticePeriodDays} />
        <TextField name="nextReviewDate" label="Next review" type="date" defaultValue={v.nextReviewDate} errors={e.nextReviewDate} />
      </Fieldset>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
