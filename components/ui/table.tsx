import type { ComponentProps } from "react";

export function Table({ className = "", ...props }: ComponentProps<"table">) {
  return (
    // Focusable, so keyboard users can scroll a table wider than its column (WCAG 2.1.1).
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-accent-700 dark:border-slate-800 dark:bg-slate-900">
      <table className={`w-full border-collapse text-sm ${className}`} {...props} />
    </div>
  );
}

export function Th({ className = "", numeric, ...props }: ComponentProps<"th"> & { numeric?: boolean }) {
  return (
    <th
      scope="col"
      className={`sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400 ${numeric ? "text-right" : ""} ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", numeric, ...props }: ComponentProps<"td"> & { numeric?: boolean }) {
  return (
    <td
      className={`border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800 ${numeric ? "text-right tabular-nums" : ""} ${className}`}
      {...props}
    />
  );
}

/** The header of a row-actions column: named for screen readers, blank on screen. */
export function ThActions() {
  return (
    <Th>
      <span className="sr-only">Actions</span>
    </Th>
  );
}
