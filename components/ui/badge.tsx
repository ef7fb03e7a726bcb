import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";
import { cn } from "./cn";

export const badgeVariants = cva("inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset", {
  variants: {
    tone: {
      slate: "bg-slate-100 text-slate-800 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700",
      accent: "bg-accent-50 text-accent-800 ring-accent-100 dark:bg-accent-800/30 dark:text-accent-300 dark:ring-accent-800",
      green: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900",
      amber: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-900",
      red: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900",
    },
  },
  defaultVariants: { tone: "slate" },
});

export function Badge({ tone, className, children }: VariantProps<typeof badgeVariants> & { className?: string; children: ReactNode }) {
  return <span className={cn(badgeVariants({ tone }), className)}>{children}</span>;
}

/**
 * The one severity scale (risk levels, tiers, criticality, finding severity): a dot in the scale's colour (the tokens in
 * app/globals.css) on a tint, always with the word, so colour is never the only signal.
 */
const severityVariants = cva(badgeVariants(), {
  variants: {
    level: {
      critical: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/70 dark:text-red-200 dark:ring-red-900",
      high: "bg-orange-50 text-orange-800 ring-orange-200 dark:bg-orange-950/70 dark:text-orange-200 dark:ring-orange-900",
      medium: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/70 dark:text-amber-200 dark:ring-amber-900",
      low: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/70 dark:text-emerald-200 dark:ring-emerald-900",
      info: "bg-blue-50 text-blue-800 ring-blue-200 dark:bg-blue-950/70 dark:text-blue-200 dark:ring-blue-900",
    },
  },
});
const dots = {
  critical: "bg-severity-critical",
  high: "bg-severity-high",
  medium: "bg-severity-medium",
  low: "bg-severity-low",
  info: "bg-severity-info",
} as const;
export type SeverityLevel = keyof typeof dots;

export function SeverityBadge({ level, children, className }: { level: SeverityLevel; children: ReactNode; className?: string }) {
  return (
    <span className={cn(severityVariants({ level }), className)}>
      <span aria-hidden className={cn("size-1.5 rounded-full", dots[level])} />
      {children}
    </span>
  );
}

/** A tier, criticality or severity code ("CRITICAL" … "LOW") as its place on the scale. */
export const scaleLevel = (code: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW") => code.toLowerCase() as SeverityLevel;
