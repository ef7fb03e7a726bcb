"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { resetRiskWeightsAction, updateRiskWeightsAction } from "@/lib/organization/actions";
import Link from "next/link";
import { DEFAULT_TUNABLES, TUNABLE_BOUNDS, TUNABLE_LABELS, weightsLabel, type Tunables } from "@/lib/risk/model";


export function RiskWeightsForm({ current, version }: { current: Tunables; version: string }) {
  const [state, action] = useActionState(updateRiskWeightsAction, {} as FormState);
  const v = state.values ?? {};
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        In use: {weightsLabel(version)}. Each value stays within its bounds;{" "}
        <Link href="/risks/model" className="underline">
          how scores work
        </Link>{" "}
        explains what it changes.
      </p>
      <form action={action} className="grid gap-3 sm:grid-cols-2" key={formKey(state)}>
        <div className="sm:col-span-2">
          <FormMessage state={state} />
        </div>
        {(Object.keys(TUNABLE_BOUNDS) as (keyof Tunables)[]).map((key) => {
          const [min, max] = TUNABLE_BOUNDS[key];
          return (
            <TextField
              key={key}
              name={key}
              label={TUNABLE_LABELS[key]}
              type="number"
              min={min}
              max={max}
              required
              defaultValue={(v[key] as string) ?? current[key]}
              help={`${min}–${max}, default ${DEFAULT_TUNABLES[key]}`}
              errors={state.fieldErrors?.[key]}
            />
          );
        })}
        <div className="sm:col-span-2">
          <SubmitButton pendingText="Saving…">Save risk weights</SubmitButton>
        </div>
      </form>
      <ConfirmActionForm action={resetRiskWeightsAction} fields={{}} title="Restore the default weights?" body="Every score is computed with the documented defaults again." confirmLabel="Restore defaults">
        Restore defaults
      </ConfirmActionForm>
    </div>
  );
}
