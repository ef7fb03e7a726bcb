"use client";
import { useActionState } from "react";
import { FormMessage, InlineResult } from "@/components/ui/alert";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptUnflaggedAnswersAction, cancelAssessmentAction, completeReviewAction, requestClarificationAction, setVerdictAction } from "@/lib/assessments/actions";
import { formKey, type FormState } from "@/lib/forms";

export function VerdictButtons({ assessmentId, questionKey, accepted }: { assessmentId: string; questionKey: string; accepted: boolean }) {
  const [state, action] = useActionState(setVerdictAction, {} as FormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="questionKey" value={questionKey} />
      <input type="hidden" name="verdict" value={accepted ? "CLEAR" : "ACCEPTED"} />
      <SubmitButton variant="secondary" pendingText="Saving…" aria-label={`${accepted ? "Undo accept" : "Accept"} answer ${questionKey}`}>
        {accepted ? "Undo accept" : "Accept"}
      </SubmitButton>
      <InlineResult state={state} />
    </form>
  );
}

/** Accepts every answer that raises no flag (full points, evidence where required), after one confirmation. */
export function AcceptUnflaggedButton({ assessmentId, count }: { assessmentId: string; count: number }) {
  const answers = count === 1 ? "1 answer" : `${count} answers`;
  return (
    <ConfirmActionForm
      action={acceptUnflaggedAnswersAction}
      fields={{ assessmentId }}
      title={`Accept ${answers} without a flag?`}
      body="Answered questions with full points, and evidence where it is required, are marked accepted. Weak answers and missing evidence stay for you to look at one by one."
      confirmLabel={`Accept ${answers}`}
      unavailable={count === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No answer without a flag is waiting to be accepted.</p> : undefined}
    >
      Accept all answers without a flag ({count})
    </ConfirmActionForm>
  );
}

export function ClarificationForm({ assessmentId }: { assessmentId: string }) {
  const [state, action] = useActionState(requestClarificationAction, {} as FormState);
  return (
    <form action={action} className="space-y-3" key={formKey(state)}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <FormMessage state={state} />
      <TextAreaField name="note" label="What should the vendor clarify?" required defaultValue={state.ok ? "" : (state.values?.note as string)} errors={state.fieldErrors?.note} />
      <SubmitButton variant="secondary" pendingText="Sending back…">
        Send back for clarification
      </SubmitButton>
    </form>
  );
}

export function CompleteReviewButton({ assessmentId }: { assessmentId: string }) {
  return (
    <ConfirmActionForm
      action={completeReviewAction}
      fields={{ assessmentId }}
      title="Complete the review?"
      body="The score is computed and kept, the vendor's next review date is set from its tier, and the answers can no longer change."
      confirmLabel="Complete review"
    >
      Complete review
    </ConfirmActionForm>
  );
}

export function CancelAssessmentButton({ assessmentId }: { assessmentId: string }) {
  return (
    <ConfirmActionForm
      action={cancelAssessmentAction}
      fields={{ assessmentId }}
      title="Cancel this assessment?"
      body="The vendor can no longer open it. Answers already given are kept."
      confirmLabel="Cancel assessment"
    >
      Cancel assessment
    </ConfirmActionForm>
  );
}
