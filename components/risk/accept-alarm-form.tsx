"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { formKey, type FormState } from "@/lib/forms";
import { acceptAlarmAction } from "@/lib/risk/actions";

export function AcceptAlarmForm({ vendorId, channelId, channel }: { vendorId: string; channelId: string; channel: string }) {
  const [state, action] = useActionState(acceptAlarmAction, {} as FormState);
  const v = state.values ?? {};
  const prefix = `accept-${channelId}`;
  return (
    <form action={action} className="mt-2 space-y-2" key={formKey(state)}>
      <input type="hidden" name="vendorId" value={vendorId} />
      <input type="hidden" name="channelId" value={channelId} />
      <FormMessage state={state} />
      <TextAreaField id={`${prefix}-justification`} name="justification" label={`Why we accept the alarm on ${channel}`} required defaultValue={v.justification as string} errors={state.fieldErrors?.justification} />
      <TextField id={`${prefix}-until`} name="acceptedUntil" label="Accepted until" type="date" required defaultValue={v.acceptedUntil as string} errors={state.fieldErrors?.acceptedUntil} help="At most one year; the alarm is raised again on that date." />
      <SubmitButton variant="secondary" pendingText="Accepting…">
        Accept the alarm
      </SubmitButton>
    </form>
  );
}
