"use client";
import { useActionState } from "react";
import { InlineResult } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAnsweredDeploymentAction } from "@/lib/advisories/actions";
import type { FormState } from "@/lib/forms";

/**
 * Under a vendor's answer "fix deployed on <day>": which ledger entries still wait for that deployment, and the one
 * click that records it there; once recorded, that it was.
 */
export function RecordDeployment({
  requestId,
  vendorName,
  pending,
  recorded,
  canRecord,
  view,
}: {
  requestId: string;
  vendorName: string;
  /** The entries still without a deployment day, as "CVE-… (product)". */
  pending: string[];
  /** "Recorded: deployed on … (from the vendor's answer)", when some entries got their day from this answer. */
  recorded: string | null;
  canRecord: boolean;
  /** "confirm" on the list of answers awaiting confirmation: the page then says what was recorded. */
  view?: "confirm";
}) {
  const [state, action] = useActionState(recordAnsweredDeploymentAction, {} as FormState);
  return (
    <form action={action} className="mt-1 flex flex-col items-start gap-1">
      <input type="hidden" name="requestId" value={requestId} />
      {view && <input type="hidden" name="view" value={view} />}
      {recorded && <p className="text-xs text-emerald-700 dark:text-emerald-400">{recorded}</p>}
      {pending.length > 0 && (
        <>
          <p className="text-xs text-slate-600 dark:text-slate-400">Not deployed in the patch ledger: {pending.join(", ")}</p>
          {canRecord && (
            <SubmitButton variant="secondary" pendingText="Recording…" className="whitespace-nowrap">
              Record this deployment<span className="sr-only"> for {vendorName}</span>
            </SubmitButton>
          )}
        </>
      )}
      {/* After recording, the line above says it; a refusal, or a repeated click on a stale page, is said here. */}
      {!(state.ok && recorded && !pending.length) && <InlineResult state={state} />}
    </form>
  );
}
