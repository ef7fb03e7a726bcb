import type { ComponentProps, ReactNode } from "react";

/** A file input's "Choose file" button, styled like the other controls (it is the browser's own otherwise). */
export const fileButton =
  "file:mr-3 file:cursor-pointer file:rounded file:border-0 file:bg-slate-100 file:px-2.5 file:py-1 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200 dark:file:bg-slate-800 dark:file:text-slate-100 dark:hover:file:bg-slate-700";

const control = `block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${fileButton}`;

export interface FieldProps {
  name: string;
  /** Defaults to the name; set it when the same form appears several times on a page. */
  id?: string;
  label: string;
  help?: ReactNode;
  errors?: string[];
}

export function FieldFrame({ name, id = name, label, labelHidden, help, errors, children }: FieldProps & { labelHidden?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelHidden ? "sr-only" : "block text-sm font-medium text-slate-800 dark:text-slate-200"}>
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** id, name, styling and the ARIA wiring to the field's help and error texts. */
export function controlProps({ name, id = name, help, errors }: Omit<FieldProps, "label">) {
  return {
    id,
    name,
    className: control,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [help ? `${id}-help` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined,
  } as const;
}

export function TextField({ name, id, label, help, errors, ...props }: FieldProps & ComponentProps<"input">) {
  return (
    <FieldFrame name={name} id={id} label={label} help={help} errors={errors}>
      <input {...controlProps({ name, id, help, errors })} {...props} />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  id,
  label,
  help,
  errors,
  options,
  ...props
}: FieldProps & ComponentProps<"select"> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame name={name} id={id} label={label} help={help} errors={errors}>
      <select {...controlProps({ name, id, help, errors })} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ name, id, label, help, errors, ...props }: FieldProps & ComponentProps<"textarea">) {
  return (
    <FieldFrame name={name} id={id} label={label} help={help} errors={errors}>
      <textarea rows={3} {...controlProps({ name, id, help, errors })} {...props} />
    </FieldFrame>
  );
}

/** A checkbox with its label at the right; help and errors below. */
export function CheckboxField({ name, label, help, errors, ...props }: FieldProps & ComponentProps<"input">) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={name}
          name={name}
          className="mt-0.5 h-4 w-4 rounded border-slate-400 accent-accent-700"
          aria-describedby={help ? `${name}-help` : undefined}
          {...props}
        />
        <label htmlFor={name} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
      </div>
      {help && (
        <p id={`${name}-help`} className="pl-6 text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
      {errors?.length ? <p className="pl-6 text-xs font-medium text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** A titled group of fields. */
export function Fieldset({ legend, children, description }: { legend: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {description && <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">{description}</p>}
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** A small select inside a table row, next to its button; give it a screen-reader label. */
export function InlineSelect({ options, className = "", ...props }: ComponentProps<"select"> & { options: { value: string; label: string }[] }) {
  return (
    <select className={`rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${className}`} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
