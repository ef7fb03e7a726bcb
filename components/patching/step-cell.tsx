import type { StepAssessment } from "@/lib/patching/sla";

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
