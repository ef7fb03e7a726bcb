"use client";
import { useId, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";
import { useLazyDialog } from "./lazy-dialog";

/**
 * A destructive submit that first asks in a modal dialog what will happen. Place it inside the <form> it submits.
 * The native <dialog> traps focus, closes on Escape and returns focus to the button.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  variant = "danger",
}: {
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
}) {
  const { dialogRef, built, open, close } = useLazyDialog();
  const titleId = useId();
  return (
    <>
      <Button type="button" variant={variant === "danger" ? "secondary" : variant} onClick={open}>
        {children}
      </Button>
      {built && (
        <dialog
          ref={dialogRef}
          aria-labelledby={titleId}
          className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <div className="mt-2 text-sm text-slate-700 dark:text-slate-300">{body}</div>
          <div className="mt-5 flex justify-end gap-2">
            <Button type="button" variant="secondary" autoFocus onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant={variant} onClick={close}>
              {confirmLabel}
            </Button>
          </div>
        </dialog>
      )}
    </>
  );
}
