"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { sendAssessmentAction } from "@/lib/assessments/actions";
import { formKey, type FormState } from "@/lib/forms";

export interface SendableVersion {
  id: string;
  label: string;
  suggested: boolean;
}

export function SendAssessmentForm({
  vendorId,
  versions,
  contacts,
  defaultDueDate,
  suggestionReason,
}: {
  vendorId: string;
  versions: SendableVersion[];
  contacts: { id: string; name: string; email: string }[];
  defaultDueDate: string;
  suggestionReason: string;
}) {
  const [state, action] = useActionState(sendAssessmentAction, {} as FormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const chosen = new Set([v.contactIds ?? []].flat());
  const firstSuggested = versions.find((x) => x.suggested)?.id ?? "";
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="vendorId" value={vendorId} />
      <FormMessage state={state} />
      <SelectField
        name="templateVersionId"
        label="Questionnaire"
        options={[{ value: "", label: "Choose…" }, ...versions.map((x) => ({ value: x.id, label: x.suggested ? `${x.label} (suggested)` : x.label }))]}
        defaultValue={(v.templateVersionId as string) ?? firstSuggested}
        help={suggestionReason}
        errors={e.templateVersionId}
      />
      <fieldset className="space-y-1" aria-describedby="recipients-help">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Recipients</legend>
        <p id="recipients-help" className="text-xs text-slate-600 dark:text-slate-400">
          Each gets an email with a link to the supplier portal.
        </p>
        {contacts.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="contactIds" value={c.id} defaultChecked={chosen.has(c.id)} className="h-4 w-4 accent-accent-700" />
            {c.name} <span className="text-slate-600 dark:text-slate-400">{c.email}</span>
          </label>
        ))}
        {e.contactIds && <p className="text-xs font-medium text-red-700 dark:text-red-400">{e.contactIds.join(" ")}</p>}
      </fieldset>
      <TextField name="dueDate" label="Due date" type="date" required defaultValue={(v.dueDate as string) ?? defaultDueDate} errors={e.dueDate} />
      <TextAreaField name="message" label="Message (optional)" defaultValue={v.message as string} errors={e.message} />
      <SubmitButton pendingText="Sending…">Send assessment</SubmitButton>
    </form>
  );
}
