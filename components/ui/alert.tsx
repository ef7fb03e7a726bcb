import type { ReactNode } from "react";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  info: "border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
};

/** A message box. Errors and successes are announced to screen readers. */
export function Alert({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}

/** The summary above a form: what went wrong, or that it worked. */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  if (!state.message) return null;
  // A message that is neither a success nor a refusal is the next step of a form (choose an organization, enter a code).
  return <Alert tone={state.ok ? "success" : state.ok === false ? "error" : "info"}>{state.message}</Alert>;
}

/** The result of a small in-row action, in one line under its button: a status when it worked, an alert when not. */
export function InlineResult({ state, className = "" }: { state: { ok?: boolean; message?: string } | undefined; className?: string }) {
  if (!state?.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-xs ${state.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"} ${className}`}>
      {state.message}
    </p>
  );
}
