"use client";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { useLazyDialog } from "@/components/ui/lazy-dialog";
import { disableChannelAction, enableChannelAction } from "@/lib/channels/actions";
import type { FormState } from "@/lib/forms";

/** Disable (with a reason, asked in a dialog) or enable again. */
export function ChannelToggle({ channelId, name, disabled }: { channelId: string; name: string; disabled: boolean }) {
  const [disableState, disable] = useActionState(disableChannelAction, {} as FormState);
  const [, enable] = useActionState(enableChannelAction, {} as FormState);
  const { dialogRef, built, open, close } = useLazyDialog();
  const titleId = useId();
  if (disabled) {
    return (
      <form action={enable}>
        <input type="hidden" name="id" value={channelId} />
        <Button type="submit" variant="secondary">
          Enable
        </Button>
      </form>
    );
  }
  return (
    <>
      <Button type="button" variant="secondary" onClick={open}>
        Disable
      </Button>
      {built && (
        <dialog
          ref={dialogRef}
          aria-labelledby={titleId}
          className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <form action={disable} onSubmit={close}>
            <h2 id={titleId} className="text-base font-semibold">
              Disable {name}?
            </h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">The channel stays on record, marked disabled with today&apos;s date and your reason.</p>
            <input type="hidden" name="id" value={channelId} />
            <label htmlFor={`${titleId}-reason`} className="mt-3 block text-sm font-medium">
              Reason
            </label>
            <input id={`${titleId}-reason`} name="reason" required maxLength={500} className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900" />
            <div className="mt-5 flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" variant="danger">
                Disable channel
              </Button>
            </div>
          </form>
        </dialog>
      )}
      {disableState.ok === false && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {disableState.fieldErrors?.reason?.join(" ") ?? disableState.message}
        </p>
      )}
    </>
  );
}
