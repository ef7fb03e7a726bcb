"use client";
import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is built when it is first opened, and kept (with what was typed) when it is closed again.
 * For a form under each of many rows: built up front, the forms made up most of the page.
 */
export function LazyDetails({ summary, className, summaryClassName, children }: { summary: ReactNode; className?: string; summaryClassName: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  );
}
