"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitAssessmentAction } from "@/lib/assessments/actions";
import { respondToFindingAction } from "@/lib/findings/actions";
import { formKey, type FormState } from "@/lib/forms";

export function SubmitAssessmentForm({ assessmentId }: { assessmentId: string }) {
  const [state, action] = useActionState(submitAssessmentAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <FormMessage state={state} />
      <p className="text-sm text-slate-600 dark:text-slate-400">After you submit, the answers can no longer change unless the reviewer sends the questionnaire back.</p>
      <SubmitButton pendingText="Submitting…">Submit answers</SubmitButton>
    </form>
  );
}

export function RespondToFindingForm({ findingId, plan }: { findingId: string; plan: string | null }) {
  const [state, action] = useActionState(respondToFindingAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="id" value={findingId} />
      <FormMessage state={state} />
      <TextAreaField
        name="remediationPlan"
        label="Your remediation plan"
        rows={5}
        required
        defaultValue={(state.ok ? undefined : (state.values?.remediationPlan as string)) ?? plan ?? ""}
        help="What you will change, by when, and how we can verify it."
        errors={state.fieldErrors?.remediationPlan}
      />
      <SubmitButton pendingText="Sending…">Send response</SubmitButton>
    </form>
  );
}
