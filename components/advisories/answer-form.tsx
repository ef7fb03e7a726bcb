"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerAdvisoryAction } from "@/lib/advisories/actions";
import { formKey, type FormState } from "@/lib/forms";

export interface AdvisoryAnswer {
  affected: string | null;
  patched: string | null;
  patchedAt: string;
  compensatingControls: string | null;
  comment: string | null;
}

function Choice({ name, legend, options, value, onChange, errors }: { name: string; legend: string; options: [string, string][]; value: string; onChange: (v: string) => void; errors?: string[] }) {
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="flex items-center gap-2 text-sm">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} className="h-4 w-4 accent-accent-700" />
          {label}
        </label>
      ))}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Affected? Patched? What protects us meanwhile? The follow-up questions appear only when they apply. */
export function AdvisoryAnswerForm({ requestId, version, answer, submitLabel, idPrefix = "" }: { requestId: string; version: number; answer: AdvisoryAnswer; submitLabel: string; idPrefix?: string }) {
  const [state, action] = useActionState(answerAdvisoryAction, {} as FormState);
  const typed = state.ok ? {} : (state.values ?? {});
  const [affected, setAffected] = useState((typed.affected as string) ?? answer.affected ?? "");
  const [patched, setPatched] = useState((typed.patched as string) ?? answer.patched ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormMessage state={state} />
      <Choice
        name="affected"
        legend="Are you affected?"
        options={[
          ["YES", "Yes, we run the affected product"],
          ["NO", "No"],
          ["UNKNOWN", "We are still investigating"],
        ]}
        value={affected}
        onChange={setAffected}
        errors={e.affected}
      />
      {affected === "YES" && (
        <>
          <Choice
            name="patched"
            legend="Have you deployed the fix?"
            options={[
              ["YES", "Yes, everywhere it concerns us"],
              ["NO", "Not yet"],
            ]}
            value={patched}
            onChange={setPatched}
            errors={e.patched}
          />
          {patched === "YES" && (
            <TextField id={`${idPrefix}patchedAt`} name="patchedAt" type="date" label="Deployed on" defaultValue={(typed.patchedAt as string) ?? answer.patchedAt} errors={e.patchedAt} />
          )}
          <TextAreaField
            id={`${idPrefix}compensatingControls`}
            name="compensatingControls"
            label="Compensating controls"
            help="What protects us until the fix is deployed: access cut, console taken off the internet, extra monitoring…"
            defaultValue={(typed.compensatingControls as string) ?? answer.compensatingControls ?? ""}
            errors={e.compensatingControls}
          />
        </>
      )}
      <TextAreaField id={`${idPrefix}comment`} name="comment" label="Comment (optional)" defaultValue={(typed.comment as string) ?? answer.comment ?? ""} errors={e.comment} />
      <SubmitButton pendingText="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
