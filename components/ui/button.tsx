import { cva, type VariantProps } from "class-variance-authority";
import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-accent-700 text-white shadow-sm hover:bg-accent-800 dark:bg-accent-600 dark:hover:bg-accent-700",
        secondary:
          "border border-slate-300 bg-white text-slate-800 shadow-xs hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
        danger: "bg-red-700 text-white shadow-sm hover:bg-red-800",
        ghost: "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
      },
      size: {
        default: "px-3 py-1.5 text-sm",
        sm: "px-2 py-1 text-xs",
        icon: "size-8 p-0",
      },
    },
    defaultVariants: { variant: "primary", size: "default" },
  },
);
export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>["variant"]>;
type Variants = VariantProps<typeof buttonVariants>;

export function Button({ variant, size, className, ...props }: ComponentProps<"button"> & Variants) {
  return <button className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}

export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & Variants) {
  return <Link className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}

/**
 * A file download (CSV, PDF) styled as a button: a plain link, so one click is one request. Next's client router would
 * first fetch the route as a page, then load it again as a document: two exports, two audit rows. (No `download`
 * attribute: the response's Content-Disposition makes a file of it, and a refusal, such as the hourly limit, shows as
 * a page instead of a broken file.)
 */
export function DownloadLink({ variant = "secondary", size, className, ...props }: ComponentProps<"a"> & Variants & { href: string }) {
  return <a className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
