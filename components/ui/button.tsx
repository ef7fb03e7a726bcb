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

/**
 * A link styled as a button. A link to a download (a route handler under /api/) is a plain link: the client router
 * would first request it as a page, running the export (and its audit row and download limit) once for nothing,
 * then load it again as a document.
 */
export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  const classes = `${base} ${buttonVariants[variant]} ${className}`;
  if (typeof props.href === "string" && props.href.startsWith("/api/")) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Link's own props, which an <a> does not take
    const { href, prefetch, replace, scroll, shallow, passHref, legacyBehavior, locale, as, onNavigate, ...anchor } = props;
    return <a className={classes} href={href} {...anchor} />;
  }
  return <Link className={classes} {...props} />;
}
