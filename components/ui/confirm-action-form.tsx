"use client";
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms";
import { ConfirmButton } from "./confirm-button";
import { InlineResult } from "./alert";

/** A one-button form for a destructive or sweeping server action: asks first, then says what happened. */
export function ConfirmActionForm({
  action,
  fields,
  title,
  body,
  confirmLabel,
  children,
  unavailable,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs: the ids the action needs. */
  fields: Record<string, string>;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  children: ReactNode;
  /** Shown instead of the button when there is nothing (left) to do; the last result stays visible under it. */
  unavailable?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {unavailable ?? (
        <ConfirmButton title={title} body={body} confirmLabel={confirmLabel}>
          {children}
        </ConfirmButton>
      )}
      <InlineResult state={state} className="mt-1" />
    </form>
  );
}
