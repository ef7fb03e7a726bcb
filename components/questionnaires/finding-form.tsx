"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { LazyDetails } from "@/components/ui/lazy-details";
import { SubmitButton } from "@/components/ui/submit-button";
import { optionsOf, severityLabels } from "@/components/vendors/labels";
import { createFindingAction } from "@/lib/findings/actions";
import { formKey, type FormState } from "@/lib/forms";

/** Raises a finding on a vendor, optionally tied to one answer of an assessment. */
export function RaiseFindingForm({ vendorId, assessmentId, questionKey, idPrefix, defaultTitle }: { vendorId: string; assessmentId?: string; questionKey?: string; idPrefix: string; defaultTitle?: string }) {
  const [state, action] = useActionState(createFindingAction, {} as FormState);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="vendorId" value={vendorId} />
      {assessmentId && <input type="hidden" name="assessmentId" value={assessmentId} />}
      {questionKey && <input type="hidden" name="questionKey" value={questionKey} />}
      <FormMessage state={state} />
      <TextField id={`${idPrefix}-title`} name="title" label="Finding" required defaultValue={(v.title as string) ?? defaultTitle} errors={e.title} />
      <TextAreaField id={`${idPrefix}-description`} name="description" label="What must change (the vendor sees this)" defaultValue={v.description as string} errors={e.description} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={`${idPrefix}-severity`} name="severity" label="Severity" options={optionsOf(severityLabels, "Choose…")} defaultValue={(v.severity as string) ?? ""} errors={e.severity} />
        <TextField id={`${idPrefix}-owner`} name="owner" label="Owner" defaultValue={v.owner as string} errors={e.owner} />
        <TextField id={`${idPrefix}-due`} name="dueDate" label="Due date" type="date" defaultValue={v.dueDate as string} errors={e.dueDate} />
      </div>
      <SubmitButton variant="secondary" pendingText="Raising…">
        Raise finding
      </SubmitButton>
    </form>
  );
}

/**
 * "Raise a finding" on one answer of a review. The form is built only when the reviewer opens it: a review lists
 * dozens of answers, and a form under each made up most of the page.
 */
export function RaiseFindingDisclosure(props: Parameters<typeof RaiseFindingForm>[0]) {
  return (
    <LazyDetails className="w-full max-w-md text-sm" summaryClassName="cursor-pointer text-right text-accent-800 underline dark:text-accent-300" summary="Raise a finding">
      <div className="mt-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <RaiseFindingForm {...props} />
      </div>
    </LazyDetails>
  );
}
