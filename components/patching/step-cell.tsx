import type { PatchAssessment, StepAssessment } from "@/lib/patching/sla";

/** "12 d of 7 · breach", "running 19 d of 7 · breach", "4 d of 30", "—". */
export function StepCell({ step }: { step: StepAssessment }) {
  if (step.days == null) return <span className="text-slate-500 dark:text-slate-400">not started</span>;
  return (
    <span className={step.breached ? "font-semibold text-red-800 dark:text-red-300" : undefined}>
      {!step.done && "running "}
      {step.days} d{step.allowedDays != null && <span className="font-normal text-slate-600 dark:text-slate-400"> of {step.allowedDays}</span>}
      {step.breached && " · breach"}
    </span>
  );
}

/** The two computed clocks of a ledger entry, as table cells. */
export function AssessmentCells({ assessment }: { assessment: PatchAssessment }) {
  return (
    <>
      <td className="border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800">
        <StepCell step={assessment.vendor} />
      </td>
      <td className="border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800">
        <StepCell step={assessment.ours} />
      </td>
    </>
  );
}

export const severityLabel = (severity: string) => severity.charAt(0) + severity.slice(1).toLowerCase();
