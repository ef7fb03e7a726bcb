// The result every form action returns: field errors shown next to the fields, a summary message, and the values
// the user typed (React resets uncontrolled forms after an action, so forms render these as defaultValue).
import { z } from "zod";
import { ActionError } from "./errors";

export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
  /** Sign-in only: the organizations a person with several may open (sent only after the right password). */
  organizations?: { id: string; name: string }[];
}

/**
 * A key for the <form> element: a new one for each result, so the form remounts with the submitted values as its
 * defaults. (React resets forms after an action, and a <select> only takes its defaultValue when mounted.)
 */
export const formKey = (state: FormState) => (state.ok ? `ok:${state.message ?? ""}` : JSON.stringify(state.values ?? {}));

const SECRET_FIELDS = /password|confirm|current|token|secret|code/i;

/** What the user typed, minus secrets (never echoed back into the page). */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(formObject(formData)).filter(([key]) => !SECRET_FIELDS.test(key)));
}

export function invalid(error: z.ZodError, formData: FormData, message = "Please correct the fields marked below."): FormState {
  return { ok: false, message, fieldErrors: z.flattenError(error).fieldErrors as FormState["fieldErrors"], values: submittedValues(formData) };
}

export function failed(message: string, formData: FormData, fieldErrors?: FormState["fieldErrors"]): FormState {
  return { ok: false, message, fieldErrors, values: submittedValues(formData) };
}

/** The form's string fields as an object; a name that appears several times (checkbox groups) becomes an array. */
export function formObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length) result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

/**
 * The body of every form action after its guard: parse with the schema, run, and turn an ActionError into messages
 * next to the fields. Anything else (including Next.js redirects) propagates.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.output<S>) => Promise<FormState | void>,
): Promise<FormState> {
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    return (await run(parsed.data)) ?? { ok: true };
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return failed(error.message, formData, error.field ? { [error.field]: [error.message] } : undefined);
  }
}
