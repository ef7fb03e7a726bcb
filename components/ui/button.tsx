import Link from "next/link";
import type { ComponentProps } from "react";

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";
export const buttonVariants = {
  primary: "bg-accent-700 text-white hover:bg-accent-800 dark:bg-accent-600 dark:hover:bg-accent-700",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
};
export type ButtonVariant = keyof typeof buttonVariants;

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button className={`${base} ${buttonVariants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={`${base} ${buttonVariants[variant]} ${className}`} {...props} />;
}

/**
 * A file download (CSV, PDF) styled as a button: a plain link, so one click is one request. Next's client router would
 * first fetch the route as a page, then load it again as a document: two exports, two audit rows. (No `download`
 * attribute: the response's Content-Disposition makes a file of it, and a refusal, such as the hourly limit, shows as
 * a page instead of a broken file.)
 */
export function DownloadLink({ variant = "secondary", className = "", ...props }: ComponentProps<"a"> & { href: string; variant?: ButtonVariant }) {
  return <a className={`${base} ${buttonVariants[variant]} ${className}`} {...props} />;
}
