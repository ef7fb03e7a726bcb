// The result every form action returns: field errors shown next to the fields, a summary message, and the values
// the user typed (React resets uncontrolled forms after an action, so forms render these as defaultValue).
import { z } from "zod";

export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

const SECRET_FIELDS = /password|confirm|current|token|secret|code/i;

/** What the user typed, minus secrets (never echoed back into the page). */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.test(key)) values[key] = value;
  }
  return values;
}

export function invalid(error: z.ZodError, formData: FormData, message = "Please correct the fields marked below."): FormState {
  return { ok: false, message, fieldErrors: z.flattenError(error).fieldErrors as FormState["fieldErrors"], values: submittedValues(formData) };
}

export function failed(message: string, formData: FormData, fieldErrors?: FormState["fieldErrors"]): FormState {
  return { ok: false, message, fieldErrors, values: submittedValues(formData) };
}

export const formObject = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));
