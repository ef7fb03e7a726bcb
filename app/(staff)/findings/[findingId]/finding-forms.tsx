"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { findingStatusLabels, optionsOf, severityLabels } from "@/components/vendors/labels";
import { acceptFindingRiskAction, updateFindingAction } from "@/lib/findings/actions";
import { formKey, type FormState } from "@/lib/forms";

/** Risk acceptance has its own form (and its own approvers). */
const editableStatuses = { OPEN: findingStatusLabels.OPEN, IN_REMEDIATION: findingStatusLabels.IN_REMEDIATION, RESOLVED: findingStatusLabels.RESOLVED };

export function UpdateFindingForm({ finding }: { finding: { id: string; version: number; severity: string; owner: string | null; dueDate: string; status: string } }) {
  const [state, action] = useActionState(updateFindingAction, {} as FormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="id" value={finding.id} />
      <input type="hidden" name="version" value={finding.version} />
      <FormMessage state={state} />
      <SelectField name="status" label="Status" options={optionsOf(editableStatuses)} defaultValue={(v.status as string) ?? (finding.status === "RISK_ACCEPTED" ? "OPEN" : finding.status)} errors={e.status} />
      <SelectField name="severity" label="Severity" options={optionsOf(severityLabels)} defaultValue={(v.severity as string) ?? finding.severity} errors={e.severity} />
      <TextField name="owner" label="Owner" defaultValue={(v.owner as string) ?? finding.owner ?? ""} errors={e.owner} />
      <TextField name="dueDate" label="Due date" type="date" defaultValue={(v.dueDate as string) ?? finding.dueDate} errors={e.dueDate} />
      <SubmitButton pendingText="Saving…">Save finding</SubmitButton>
    </form>
  );
}

export function AcceptRiskForm({ findingId }: { findingId: string }) {
  const [state, action] = useActionState(acceptFindingRiskAction, {} as FormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="id" value={findingId} />
      <FormMessage state={state} />
      <TextAreaField name="justification" label="Justification" required defaultValue={v.justification as string} errors={e.justification} help="Why the organization accepts this risk for now, and what limits it." />
      <TextField name="acceptedUntil" label="Accepted until" type="date" required defaultValue={v.acceptedUntil as string} errors={e.acceptedUntil} help="On this date the finding reopens by itself." />
      <SubmitButton variant="secondary" pendingText="Accepting…">
        Accept the risk
      </SubmitButton>
    </form>
  );
}
